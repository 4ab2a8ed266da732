/*
 * Matrix products in bfloat16 for the optional precision setting (-Drendition.precision=bf16,
 * decision 0023). DJL 0.35's PyTorch JNI cannot hold a bfloat16 tensor: its dtype table stops at
 * complex64, and asking it for DataType.BFLOAT16 ends the process (a bare C++ `throw;`). The MKL
 * that libtorch bundles exports cblas_gemm_bf16bf16f32, which multiplies bfloat16 matrices with
 * float32 accumulation and output, on AMX tiles or AVX-512 BF16 where the processor has them.
 * This library looks that function up in the libtorch DJL already loaded, keeps weights converted
 * to bfloat16 once, and computes out = x·Wᵀ + b with x rounded to bfloat16 per call; the caller
 * hands float32 tensors' memory as direct buffers, so no tensor is copied.
 */
#include <dlfcn.h>
#include <jni.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef void (*gemm_bf16_fn)(int layout, int trans_a, int trans_b, int m, int n, int k, float alpha,
                             const uint16_t *a, int lda, const uint16_t *b, int ldb, float beta, float *c,
                             int ldc);

enum { ROW_MAJOR = 101, NO_TRANS = 111, TRANS = 112 };

static gemm_bf16_fn gemm_bf16;
typedef int (*threads_fn)(int);
static threads_fn mkl_threads_local;
/* Threads MKL gives each product, or 0 for what the calling thread's settings give it. */
static int product_threads = 0;
static __thread uint16_t *rounded;
static __thread size_t rounded_capacity;
static __thread float *turned;
static __thread size_t turned_capacity;

/*
 * From this many rows, a product whose output is at least as wide as its input is computed with
 * the operands' roles swapped, out^T = W . x^T, and transposed back. Asked for x . W^T, MKL's
 * bfloat16 kernels re-pack the whole weight matrix on every call (copy_right32 was 14% of a beam
 * search in perf); with W as the left operand they read it as it lies. Measured with one thread
 * (docs/benchmarks.md): 65,001 x 512 at 16 rows 5.6 against 9.5 ms, 512 x 512 at 16 rows 24
 * against 39 us; transposing the result back costs 0.4 ms at 16 rows, 2.1 ms at 64. At one row
 * the swap gains nothing, and for 2,048 -> 512 it loses a little. 0 turns the swap off.
 */
static int swap_from_rows = 4;

/*
 * Transposing back runs on one thread while MKL spreads the product over all of them: at 64 rows
 * of 65,001 words (16.6 MB) that costs more than the swap saves on two threads, so outputs larger
 * than this many values are computed the plain way.
 */
#define SWAP_MOST_VALUES ((size_t)1 << 21)

static int multiply(jlong weight, jint rows, jint inputs, jint outputs, const float *add, float *result);

/*
 * Round to nearest even, as torch's float -> bfloat16 conversion does; NaN stays NaN. Written
 * without branches so that the compiler vectorises it; cloned per instruction set, so the library
 * still loads on a processor without AVX-512.
 */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void round_all(const float *from, uint16_t *to, size_t count) {
    for (size_t i = 0; i < count; i++) {
        uint32_t bits;
        memcpy(&bits, &from[i], sizeof bits);
        uint32_t nearest = (bits + 0x7fffu + ((bits >> 16) & 1u)) >> 16;
        uint32_t quiet = (bits >> 16) | 0x40u;
        to[i] = (uint16_t)((bits & 0x7fffffffu) > 0x7f800000u ? quiet : nearest);
    }
}

/* Binds cblas_gemm_bf16bf16f32 from the given (already loaded) libtorch_cpu; null, or why not. */
JNIEXPORT jstring JNICALL Java_org_rendition_engine_model_Bf16Products_bind(JNIEnv *env, jclass type,
                                                                            jstring library) {
    (void)type;
    const char *path = (*env)->GetStringUTFChars(env, library, NULL);
    void *handle = dlopen(path, RTLD_NOW | RTLD_NOLOAD);
    if (handle == NULL) {
        handle = dlopen(path, RTLD_NOW);
    }
    (*env)->ReleaseStringUTFChars(env, library, path);
    if (handle == NULL) {
        const char *error = dlerror();
        return (*env)->NewStringUTF(env, error != NULL ? error : "libtorch_cpu could not be opened");
    }
    gemm_bf16 = (gemm_bf16_fn)dlsym(handle, "cblas_gemm_bf16bf16f32");
    mkl_threads_local = (threads_fn)dlsym(handle, "MKL_Set_Num_Threads_Local");
    if (gemm_bf16 == NULL) {
        return (*env)->NewStringUTF(env, "this libtorch's MKL has no cblas_gemm_bf16bf16f32");
    }
    return NULL;
}

/* A bfloat16 copy of count float32 values (a weight matrix), or 0 when out of memory. */
JNIEXPORT jlong JNICALL Java_org_rendition_engine_model_Bf16Products_convert(JNIEnv *env, jclass type,
                                                                             jobject values, jlong count) {
    (void)type;
    const float *from = (const float *)(*env)->GetDirectBufferAddress(env, values);
    size_t bytes = ((size_t)count * sizeof(uint16_t) + 63) / 64 * 64;
    uint16_t *to = aligned_alloc(64, bytes);
    if (from == NULL || to == NULL) {
        free(to);
        return 0;
    }
    round_all(from, to, (size_t)count);
    return (jlong)(intptr_t)to;
}

JNIEXPORT void JNICALL Java_org_rendition_engine_model_Bf16Products_release(JNIEnv *env, jclass type,
                                                                            jlong matrix) {
    (void)env;
    (void)type;
    free((void *)(intptr_t)matrix);
}

/* out (rows x outputs) = turned^T + bias, turned (outputs x rows), in tiles that stay in cache. */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void transpose_back(const float *from, float *to, int rows, int outputs, const float *add) {
    for (int start = 0; start < outputs; start += 64) {
        int end = start + 64 < outputs ? start + 64 : outputs;
        for (int r = 0; r < rows; r++) {
            float *row = to + (size_t)r * outputs;
            for (int n = start; n < end; n++) {
                row[n] = from[(size_t)n * rows + r] + (add != NULL ? add[n] : 0.0f);
            }
        }
    }
}

static int ensure(float **buffer, size_t *capacity, size_t count) {
    if (count > *capacity) {
        free(*buffer);
        *capacity = count;
        *buffer = aligned_alloc(64, (count * sizeof(float) + 63) / 64 * 64);
        if (*buffer == NULL) {
            *capacity = 0;
            return -1;
        }
    }
    return 0;
}

JNIEXPORT void JNICALL Java_org_rendition_engine_model_Bf16Products_productThreads(JNIEnv *env, jclass type,
                                                                                   jint threads) {
    (void)env;
    (void)type;
    product_threads = mkl_threads_local != NULL ? threads : 0;
}

JNIEXPORT void JNICALL Java_org_rendition_engine_model_Bf16Products_swapFromRows(JNIEnv *env, jclass type,
                                                                                 jint from) {
    (void)env;
    (void)type;
    swap_from_rows = from;
}

/*
 * out (rows x outputs) = x (rows x inputs) . W^T + bias, W (outputs x inputs) in bfloat16, bias
 * null or float32 of outputs. Returns 0, or -1 when a buffer is not direct.
 */
JNIEXPORT jint JNICALL Java_org_rendition_engine_model_Bf16Products_linear(JNIEnv *env, jclass type, jobject x,
                                                                           jlong weight, jobject bias,
                                                                           jobject out, jint rows, jint inputs,
                                                                           jint outputs) {
    (void)type;
    const float *in = (const float *)(*env)->GetDirectBufferAddress(env, x);
    float *result = (float *)(*env)->GetDirectBufferAddress(env, out);
    const float *add = bias != NULL ? (const float *)(*env)->GetDirectBufferAddress(env, bias) : NULL;
    if (in == NULL || result == NULL || (bias != NULL && add == NULL) || gemm_bf16 == NULL) {
        return -1;
    }
    size_t count = (size_t)rows * (size_t)inputs;
    if (count > rounded_capacity) {
        free(rounded);
        rounded_capacity = count;
        rounded = aligned_alloc(64, (count * sizeof(uint16_t) + 63) / 64 * 64);
        if (rounded == NULL) {
            rounded_capacity = 0;
            return -1;
        }
    }
    round_all(in, rounded, count);
    int previous = product_threads > 0 ? mkl_threads_local(product_threads) : 0;
    int failed = multiply(weight, rows, inputs, outputs, add, result);
    if (product_threads > 0) {
        mkl_threads_local(previous);
    }
    return failed;
}

static int multiply(jlong weight, jint rows, jint inputs, jint outputs, const float *add, float *result) {
    if (swap_from_rows > 0 && rows >= swap_from_rows && outputs >= inputs
        && (size_t)rows * (size_t)outputs <= SWAP_MOST_VALUES) {
        if (ensure(&turned, &turned_capacity, (size_t)rows * (size_t)outputs) != 0) {
            return -1;
        }
        gemm_bf16(ROW_MAJOR, NO_TRANS, TRANS, outputs, rows, inputs, 1.0f, (const uint16_t *)(intptr_t)weight,
                  inputs, rounded, inputs, 0.0f, turned, rows);
        transpose_back(turned, result, rows, outputs, add);
        return 0;
    }
    if (add != NULL) {
        for (jint r = 0; r < rows; r++) {
            memcpy(result + (size_t)r * outputs, add, (size_t)outputs * sizeof(float));
        }
    }
    gemm_bf16(ROW_MAJOR, NO_TRANS, TRANS, rows, outputs, inputs, 1.0f, rounded, inputs,
              (const uint16_t *)(intptr_t)weight, inputs, add != NULL ? 1.0f : 0.0f, result, outputs);
    return 0;
}
