/*
 * libtorch's OpenMP runtime (GNU libgomp) keeps its worker threads spinning between parallel
 * regions. On a machine whose cores are shared with other work, a spinning worker burns the time
 * slice its descheduled partner needs, and every one of the hundreds of operations of a decoding
 * step waits for both: measured on two shared cores, a batch took 8-25 s instead of 2-3 s, and
 * the first segment 5-23 s instead of about 1 s (docs/benchmarks.md). libgomp reads its wait
 * policy from the environment once, when it is loaded; this library is loaded just before
 * libtorch and asks it to put idle workers to sleep instead, unless the user chose otherwise.
 * See docs/decisions/0018-openmp-passive-wait.md.
 */
#include <stdlib.h>

__attribute__((constructor)) static void passive_wait_unless_chosen(void) {
    if (getenv("OMP_WAIT_POLICY") == 0 && getenv("GOMP_SPINCOUNT") == 0) {
        setenv("OMP_WAIT_POLICY", "PASSIVE", 0);
    }
}
