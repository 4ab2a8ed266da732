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
static __thread uint16_t *rounded;
static __thread size_t rounded_capacity;

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
    if (add != NULL) {
        for (jint r = 0; r < rows; r++) {
            memcpy(result + (size_t)r * outputs, add, (size_t)outputs * sizeof(float));
        }
    }
    gemm_bf16(ROW_MAJOR, NO_TRANS, TRANS, rows, outputs, inputs, 1.0f, rounded, inputs,
              (const uint16_t *)(intptr_t)weight, inputs, add != NULL ? 1.0f : 0.0f, result, outputs);
    return 0;
}
