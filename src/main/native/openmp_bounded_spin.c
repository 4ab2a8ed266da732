/*
 * libtorch's OpenMP workers (GNU libgomp) spin after each parallel region, waiting for the next;
 * unbounded, that wastes the time slice a shared core's other program needs, put to sleep at once
 * every operation pays a wake-up (decision 0018). This library, loaded just before libtorch when
 * the machine is not heavily loaded, bounds the spin: GOMP_SPINCOUNT=100000 iterations, then sleep.
 * Measured (greedy batch 16, bf16, two threads, docs/benchmarks.md): on a quiet machine as fast as
 * unbounded spinning and 1.5x faster than sleeping; beside two busy processes about as fast as
 * sleeping, where unbounded spinning was 4x slower. Nothing is set when the user chose a policy.
 */
#include <stdlib.h>

__attribute__((constructor)) static void bounded_spin_unless_chosen(void) {
    if (getenv("OMP_WAIT_POLICY") == 0 && getenv("GOMP_SPINCOUNT") == 0) {
        setenv("GOMP_SPINCOUNT", "100000", 0);
    }
}
