/*
 * Matrix products in bfloat16 (decisions 0023 and 0028). DJL 0.35's PyTorch JNI cannot hold a
 * bfloat16 tensor: its dtype table stops at complex64, and asking it for DataType.BFLOAT16 ends the
 * process (a bare C++ `throw;`). So this library keeps each weight matrix converted to bfloat16
 * once, and computes out = x·Wᵀ + b with x rounded to bfloat16 per call, float32 accumulation and
 * output; the caller hands float32 tensors' memory as direct buffers, so no tensor is copied.
 *
 * Two ways to multiply, both found in the libtorch DJL already loaded:
 * - PyTorch's own micro-kernel, at::native::cpublas::brgemm (oneDNN's, AMX tiles), with the weight
 *   packed once into the layout the tiles read (cpublas::pack). MKL's cblas_gemm_bf16bf16f32 has
 *   no packing call in this build and re-packed the whole weight matrix on every product: in perf
 *   that copy was 70% of the products' time. Packed, a product ran 2.1-3.7x faster from 4 rows
 *   on, with identical results (docs/benchmarks.md). The columns are cut in blocks of 64 and the
 *   blocks shared among the calling thread's OpenMP threads (libtorch's own libgomp, so the same
 *   team and the same per-thread settings as every other operation).
 * - MKL's cblas_gemm_bf16bf16f32, where the micro-kernel cannot run (no AMX, odd width).
 */
#include <dlfcn.h>
#include <jni.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "bf16_team.h"
#include "vector_exp.h"

typedef void (*gemm_bf16_fn)(int layout, int trans_a, int trans_b, int m, int n, int k, float alpha,
                             const uint16_t *a, int lda, const uint16_t *b, int ldb, float beta, float *c,
                             int ldc);
/* at::native::cpublas: c10::ScalarType is an int8_t enum, c10::BFloat16 a uint16_t. */
typedef int (*could_pack_fn)(int8_t type);
typedef void (*pack_fn)(long k, long n, long ld_in, long ld_out, int8_t type_in, int8_t type_out,
                        const void *in, void *out);
typedef void (*brgemm_fn)(long m, long n, long k, long ld_a, long ld_b, long ld_c, int add_c,
                          const uint16_t *a, const uint16_t *b, float *c, int is_vnni);
typedef void (*release_fn)(int is_vnni);
typedef void (*gomp_parallel_fn)(void (*fn)(void *), void *data, unsigned threads, unsigned flags);
typedef void (*gomp_barrier_fn)(void);
typedef int (*omp_int_fn)(void);

enum { ROW_MAJOR = 101, NO_TRANS = 111, TRANS = 112 };
enum { SCALAR_BFLOAT16 = 15 };
/* Columns per packed block, and rows per micro-kernel call. */
enum { BLOCK = 64, ROWS_AT_ONCE = 64 };

static gemm_bf16_fn gemm_bf16;
static pack_fn pack;
static brgemm_fn brgemm;
static release_fn brgemm_release;
static gomp_parallel_fn gomp_parallel;
static gomp_barrier_fn gomp_barrier;
static omp_int_fn omp_max_threads;
static omp_int_fn omp_thread;
static omp_int_fn omp_threads;
static int packing;
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

static void *bound(void *handle, const char *name) {
    return handle == NULL ? NULL : dlsym(handle, name);
}

/* Binds the products from the given (already loaded) libtorch_cpu; null, or why they cannot run. */
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
    gemm_bf16 = (gemm_bf16_fn)bound(handle, "cblas_gemm_bf16bf16f32");
    if (gemm_bf16 == NULL) {
        return (*env)->NewStringUTF(env, "this libtorch's MKL has no cblas_gemm_bf16bf16f32");
    }
    could_pack_fn could_pack = (could_pack_fn)bound(handle, "_ZN2at6native7cpublas10could_packEN3c1010ScalarTypeE");
    pack = (pack_fn)bound(handle, "_ZN2at6native7cpublas4packEllllN3c1010ScalarTypeES3_PKvPv");
    brgemm = (brgemm_fn)bound(handle, "_ZN2at6native7cpublas6brgemmEllllllbPKN3c108BFloat16ES5_Pfb");
    brgemm_release = (release_fn)bound(handle, "_ZN2at6native7cpublas14brgemm_releaseEb");
    /* dlsym on a handle also searches what it depends on: libtorch's own libgomp. */
    gomp_parallel = (gomp_parallel_fn)bound(handle, "GOMP_parallel");
    gomp_barrier = (gomp_barrier_fn)bound(handle, "GOMP_barrier");
    omp_max_threads = (omp_int_fn)bound(handle, "omp_get_max_threads");
    omp_thread = (omp_int_fn)bound(handle, "omp_get_thread_num");
    omp_threads = (omp_int_fn)bound(handle, "omp_get_num_threads");
    /* Linux lends AMX tile state to a process only when asked (ARCH_REQ_XCOMP_PERM, XTILEDATA). */
    long tiles = syscall(SYS_arch_prctl, 0x1023, 18);
    packing = could_pack != NULL && pack != NULL && brgemm != NULL && brgemm_release != NULL
              && gomp_parallel != NULL && gomp_barrier != NULL && omp_max_threads != NULL && omp_thread != NULL && omp_threads != NULL
              && tiles == 0 && could_pack(SCALAR_BFLOAT16);
    return NULL;
}

/* Whether weights are packed for the micro-kernel (1) or kept row by row for MKL (0). */
JNIEXPORT jint JNICALL Java_org_rendition_engine_model_Bf16Products_packing(JNIEnv *env, jclass type) {
    (void)env;
    (void)type;
    return packing;
}

static uint16_t *aligned(size_t count) {
    return aligned_alloc(64, (count * sizeof(uint16_t) + 63) / 64 * 64);
}

/* Packs W (outputs x inputs, float32) block by block: each block is the transpose of 64 rows. */
static int pack_blocks(const float *from, matrix *m) {
    uint16_t *slice = aligned((size_t)m->inputs * BLOCK);
    uint16_t *row = aligned((size_t)m->inputs);
    if (slice == NULL || row == NULL) {
        free(slice);
        free(row);
        return -1;
    }
    for (int b = 0; b < m->blocks; b++) {
        memset(slice, 0, (size_t)m->inputs * BLOCK * sizeof(uint16_t));
        for (int n = 0; n < BLOCK && b * BLOCK + n < m->outputs; n++) {
            round_all(from + (size_t)(b * BLOCK + n) * m->inputs, row, (size_t)m->inputs);
            for (int k = 0; k < m->inputs; k++) {
                slice[(size_t)k * BLOCK + n] = row[k];
            }
        }
        pack(m->inputs, BLOCK, BLOCK, BLOCK, SCALAR_BFLOAT16, SCALAR_BFLOAT16, slice,
             m->values + (size_t)b * BLOCK * m->inputs);
    }
    free(slice);
    free(row);
    return 0;
}

/* A bfloat16 copy of a float32 weight matrix (outputs x inputs), or 0 when out of memory. */
JNIEXPORT jlong JNICALL Java_org_rendition_engine_model_Bf16Products_convert(JNIEnv *env, jclass type,
                                                                             jobject values, jint outputs,
                                                                             jint inputs) {
    (void)type;
    const float *from = (const float *)(*env)->GetDirectBufferAddress(env, values);
    matrix *m = calloc(1, sizeof(matrix));
    if (from == NULL || m == NULL) {
        free(m);
        return 0;
    }
    m->outputs = outputs;
    m->inputs = inputs;
    /* The tiles read pairs of inputs: an odd width stays with MKL. */
    m->blocks = packing && inputs % 2 == 0 ? (outputs + BLOCK - 1) / BLOCK : 0;
    size_t count = m->blocks > 0 ? (size_t)m->blocks * BLOCK * inputs : (size_t)outputs * inputs;
    m->values = aligned(count);
    if (m->values == NULL || (m->blocks > 0 ? pack_blocks(from, m) : (round_all(from, m->values, count), 0)) != 0) {
        free(m->values);
        free(m);
        return 0;
    }
    return (jlong)(intptr_t)m;
}

JNIEXPORT void JNICALL Java_org_rendition_engine_model_Bf16Products_release(JNIEnv *env, jclass type,
                                                                            jlong address) {
    (void)env;
    (void)type;
    matrix *m = (matrix *)(intptr_t)address;
    if (m != NULL) {
        free(m->values);
        free(m);
    }
}

/*
 * One product, shared among a team: each thread rounds its share of the input's rows, then, once
 * all are rounded, multiplies its own run of column blocks. Rounding on the calling thread alone
 * was 5% of a two-thread beam-4 x 16 step, with the other thread waiting. The product and matrix
 * types are in bf16_team.h, which the step kernels share.
 */
/*
 * Adds the bias (when not null) to columns [start, start + width) of rows rows of out, then applies
 * the activation, while the block is still in cache: a separate pass over a feed-forward layer's
 * (rows x 2048) output was two more PyTorch operations on the calling thread alone. Cloned per
 * instruction set.
 */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void finish_block(float *out, int rows, int outputs, int start, int width, const float *bias, int activation) {
    for (int r = 0; r < rows; r++) {
        float *to = out + (size_t)r * outputs + start;
        if (bias != NULL) {
            for (int n = 0; n < width; n++) {
                to[n] += bias[start + n];
            }
        }
        if (activation == RELU) {
            for (int n = 0; n < width; n++) {
                to[n] = to[n] > 0.0f ? to[n] : 0.0f;
            }
        } else if (activation == SWISH) {
            /* x * sigmoid(x), sigmoid(x) = 1 / (1 + e^-x), as PyTorch's silu decomposes it. */
            for (int n = 0; n < width; n++) {
                to[n] = to[n] * (1.0f / (1.0f + exp_of(-to[n])));
            }
        }
    }
}

/* Blocks [first, last) of the parts taken one after another. */
static void multiply_blocks(const product *p, int first, int last) {
    float partial[ROWS_AT_ONCE * BLOCK];
    int part = 0;
    int before = 0;
    for (int global = first; global < last; global++) {
        while (global - before >= p->m[part]->blocks) {
            before += p->m[part]->blocks;
            part++;
        }
        const matrix *m = p->m[part];
        int b = global - before;
        int start = b * BLOCK;
        int width = m->outputs - start < BLOCK ? m->outputs - start : BLOCK;
        const uint16_t *packed = m->values + (size_t)b * BLOCK * m->inputs;
        for (int r = 0; r < p->rows; r += ROWS_AT_ONCE) {
            int rows = p->rows - r < ROWS_AT_ONCE ? p->rows - r : ROWS_AT_ONCE;
            float *out = p->out[part] + (size_t)r * m->outputs;
            const uint16_t *x = p->x + (size_t)r * m->inputs;
            if (p->block_done != NULL) {
                brgemm(rows, BLOCK, m->inputs, m->inputs, BLOCK, BLOCK, 0, x, packed, partial, 1);
                if (p->bias[part] != NULL || p->activation != NONE) {
                    finish_block(partial, rows, BLOCK, 0, width, p->bias[part] != NULL ? p->bias[part] + start : NULL,
                                 p->activation);
                }
                p->block_done(p->context, partial, r, rows, start, width);
                continue;
            }
            if (width == BLOCK) {
                /* A whole block is written where it belongs, no copy. */
                brgemm(rows, BLOCK, m->inputs, m->inputs, BLOCK, m->outputs, 0, x, packed, out + start, 1);
            } else {
                /* The last, partial block: its padding columns must not be written past the row. */
                brgemm(rows, BLOCK, m->inputs, m->inputs, BLOCK, BLOCK, 0, x, packed, partial, 1);
                for (int i = 0; i < rows; i++) {
                    memcpy(out + (size_t)i * m->outputs + start, partial + (size_t)i * BLOCK, width * sizeof(float));
                }
            }
            if (p->bias[part] != NULL || p->activation != NONE) {
                finish_block(out, rows, m->outputs, start, width, p->bias[part], p->activation);
            }
            if (part == 0 && p->rounded_out != NULL) {
                for (int i = 0; i < rows; i++) {
                    size_t at = (size_t)(r + i) * m->outputs + start;
                    round_all(p->out[0] + at, p->rounded_out + at, (size_t)width);
                }
            }
        }
    }
    /* The tiles are this thread's until released; MKL and the next shape need them back. */
    brgemm_release(1);
}

static void round_any(const float *from, uint16_t *to, size_t count) {
    round_all(from, to, count);
}

static const bf16_team_calls team_calls = {round_any, multiply_blocks};

/*
 * The functions the step kernels call to multiply inside their own team (bf16_team.h), or 0 when
 * weights are not packed for the micro-kernel (MKL's product cannot be cut by blocks).
 */
JNIEXPORT jlong JNICALL Java_org_rendition_engine_model_Bf16Products_teamCalls(JNIEnv *env, jclass type) {
    (void)env;
    (void)type;
    return packing ? (jlong)(intptr_t)&team_calls : 0;
}

static void round_rows(const product *p, int first, int last) {
    size_t from = (size_t)first * p->m[0]->inputs;
    round_all(p->input + from, p->x + from, (size_t)(last - first) * p->m[0]->inputs);
}

static void team_member(void *data) {
    const product *p = data;
    int threads = omp_threads();
    int me = omp_thread();
    round_rows(p, (int)((long)p->rows * me / threads), (int)((long)p->rows * (me + 1) / threads));
    gomp_barrier();
    int blocks = product_blocks(p);
    multiply_blocks(p, (int)((long)blocks * me / threads), (int)((long)blocks * (me + 1) / threads));
}

static void multiply_packed(const product *p) {
    int threads = omp_max_threads();
    if (threads > product_blocks(p)) {
        threads = product_blocks(p);
    }
    if (threads <= 1) {
        round_rows(p, 0, p->rows);
        multiply_blocks(p, 0, product_blocks(p));
    } else {
        gomp_parallel(team_member, (void *)p, (unsigned)threads, 0);
    }
}

/* Room in this thread's buffer for count rounded inputs. */
static int room_to_round(size_t count) {
    if (count > rounded_capacity) {
        free(rounded);
        rounded_capacity = count;
        rounded = aligned(count);
        if (rounded == NULL) {
            rounded_capacity = 0;
            return 0;
        }
    }
    return 1;
}

/*
 * out (rows x outputs) = activation(x (rows x inputs) . W^T + bias), bias null or float32 of
 * outputs, activation NONE, RELU or SWISH. Returns 0, or -1 when a buffer is not direct or memory ran out.
 */
JNIEXPORT jint JNICALL Java_org_rendition_engine_model_Bf16Products_linear(JNIEnv *env, jclass type, jobject x,
                                                                           jlong weight, jobject bias,
                                                                           jobject out, jint rows, jint inputs,
                                                                           jint outputs, jint activation) {
    (void)type;
    const float *in = (const float *)(*env)->GetDirectBufferAddress(env, x);
    float *result = (float *)(*env)->GetDirectBufferAddress(env, out);
    const float *add = bias != NULL ? (const float *)(*env)->GetDirectBufferAddress(env, bias) : NULL;
    const matrix *m = (const matrix *)(intptr_t)weight;
    if (in == NULL || result == NULL || (bias != NULL && add == NULL) || gemm_bf16 == NULL
        || m->inputs != inputs || m->outputs != outputs) {
        return -1;
    }
    size_t count = (size_t)rows * (size_t)inputs;
    if (!room_to_round(count)) {
        return -1;
    }
    if (m->blocks > 0) {
        product p = {1, {m}, {add}, {result}, in, rounded, activation, rows};
        multiply_packed(&p);
        return 0;
    }
    round_all(in, rounded, count);
    if (add != NULL) {
        for (jint r = 0; r < rows; r++) {
            memcpy(result + (size_t)r * outputs, add, (size_t)outputs * sizeof(float));
        }
    }
    gemm_bf16(ROW_MAJOR, NO_TRANS, TRANS, rows, outputs, inputs, 1.0f, rounded, inputs, m->values, inputs,
              add != NULL ? 1.0f : 0.0f, result, outputs);
    if (activation != NONE) {
        finish_block(result, rows, outputs, 0, outputs, NULL, activation);
    }
    return 0;
}

/*
 * Several products of the same x (rows x inputs), outs[j] = x . W_j^T + biases[j], run as one (a
 * self-attention's query, key and value): weights an array of matrix addresses, biases and outs of
 * direct buffers (a bias may be null). Returns 0; 1 when a matrix is not packed (the caller then
 * multiplies one by one); -1 when a buffer is not direct or memory ran out.
 */
JNIEXPORT jint JNICALL Java_org_rendition_engine_model_Bf16Products_linearAll(JNIEnv *env, jclass type, jobject x,
                                                                              jlongArray weights,
                                                                              jobjectArray biases,
                                                                              jobjectArray outs, jint rows,
                                                                              jint inputs) {
    (void)type;
    product p = {0};
    p.parts = (*env)->GetArrayLength(env, weights);
    if (p.parts < 1 || p.parts > MOST_PARTS) {
        return -1;
    }
    jlong addresses[MOST_PARTS];
    (*env)->GetLongArrayRegion(env, weights, 0, p.parts, addresses);
    for (int j = 0; j < p.parts; j++) {
        p.m[j] = (const matrix *)(intptr_t)addresses[j];
        if (p.m[j]->blocks == 0) {
            return 1;
        }
        jobject bias = (*env)->GetObjectArrayElement(env, biases, j);
        p.bias[j] = bias != NULL ? (const float *)(*env)->GetDirectBufferAddress(env, bias) : NULL;
        p.out[j] = (float *)(*env)->GetDirectBufferAddress(env, (*env)->GetObjectArrayElement(env, outs, j));
        if (p.m[j]->inputs != inputs || p.out[j] == NULL || (bias != NULL && p.bias[j] == NULL)) {
            return -1;
        }
    }
    p.input = (const float *)(*env)->GetDirectBufferAddress(env, x);
    if (p.input == NULL || !room_to_round((size_t)rows * (size_t)inputs)) {
        return -1;
    }
    p.x = rounded;
    p.activation = NONE;
    p.rows = rows;
    multiply_packed(&p);
    return 0;
}
