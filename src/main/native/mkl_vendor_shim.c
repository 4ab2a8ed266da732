/*
 * Intel MKL, which PyTorch's CPU build links statically, asks mkl_serv_intel_cpu_true() whether the
 * processor is made by Intel and, when it is not, runs generic kernels that ignore AVX2 and
 * AVX-512. On AMD processors that halves the speed of the matrix products a translation is made
 * of. This library answers "yes"; MKL then picks its kernels from the features the processor
 * reports (cpuid), as it does on Intel. See docs/decisions/0007-mkl-on-amd.md.
 */
#define _GNU_SOURCE
#include <dlfcn.h>

int mkl_serv_intel_cpu_true(void) {
    return 1;
}

/*
 * Java loads libraries into a private namespace, where libtorch would never see the answer above.
 * Reopening ourselves with RTLD_GLOBAL puts the symbol in the global scope, which the dynamic
 * linker searches before libtorch's own copy when libtorch is loaded afterwards.
 */
__attribute__((constructor)) static void make_global(void) {
    Dl_info self;
    if (dladdr((void *) &mkl_serv_intel_cpu_true, &self) && self.dli_fname != 0) {
        dlopen(self.dli_fname, RTLD_NOW | RTLD_GLOBAL | RTLD_NOLOAD);
    }
}
