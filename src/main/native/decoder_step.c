/*
 * Every decoder layer of a decoding step in one call and one OpenMP team (decision 0032).
 *
 * With one native call per operation, a beam-4 x 16 step was about 68 parallel regions, and between
 * them the calling thread alone ran Java, DJL and JNI (a tensor created, buffers looked up) while the
 * team's other thread waited: perf put that wait at 14% of the second thread's time. Here the team
 * is started once per step; each phase of a layer (a product, attention, a residual sum with its
 * normalisation) is a share of work per member, and a barrier separates the phases. The phases are
 * the ones the layer-by-layer path runs, with the same functions and the same rounding, so the
 * logits are those of that path.
 *
 * The products come from bf16_products.c (bf16_team.h), which hands its functions over once; this
 * path runs only where weights are packed for PyTorch's bfloat16 micro-kernel.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "step_kernels.h"
#include "team_products.h"

/* One layer's weights, in the order StepKernels.layerPlan takes them. */
enum { QUERY, KEY, VALUE, SELF_OUT, SOURCE_QUERY, SOURCE_OUT, EXPAND, CONTRACT, MATRICES };
/* Layer norms (gamma, beta): after self-attention, after source attention, after feed-forward. */
enum { SELF_GAMMA, SELF_BETA, SOURCE_GAMMA, SOURCE_BETA, FINAL_GAMMA, FINAL_BETA, NORM_VECTORS };

typedef struct {
    const matrix *m[MATRICES];
    const float *bias[MATRICES];
    const float *norm[NORM_VECTORS];
    int pre_norm;
    int activation;
} layer_plan;

const bf16_team_calls *products;

/* Accepts the products library's functions; 1 when the whole-step path can run. */
JNIEXPORT jint JNICALL Java_org_rendition_engine_natives_StepKernels_useProducts(JNIEnv *env, jclass type,
                                                                               jlong calls) {
    (void)env;
    (void)type;
    products = (const bf16_team_calls *)(intptr_t)calls;
    return products != NULL ? 1 : 0;
}

static int fits(const matrix *m, int outputs, int inputs) {
    return m != NULL && m->blocks > 0 && m->outputs == outputs && m->inputs == inputs;
}

/*
 * A layer's plan: matrices (8 addresses from Bf16Products), vectors (its 8 biases, then its 6 norm
 * vectors, direct buffers of the model's tensors, which outlive the plan). 0 when a matrix is not
 * packed or has the wrong shape, a buffer is not direct, or memory ran out.
 */
JNIEXPORT jlong JNICALL Java_org_rendition_engine_natives_StepKernels_layerPlan(JNIEnv *env, jclass type,
                                                                              jlongArray matrices,
                                                                              jobjectArray vectors, jint preNorm,
                                                                              jint activation, jint width,
                                                                              jint hidden) {
    (void)type;
    if ((*env)->GetArrayLength(env, matrices) != MATRICES
        || (*env)->GetArrayLength(env, vectors) != MATRICES + NORM_VECTORS) {
        return 0;
    }
    layer_plan *plan = calloc(1, sizeof(layer_plan));
    if (plan == NULL) {
        return 0;
    }
    jlong addresses[MATRICES];
    (*env)->GetLongArrayRegion(env, matrices, 0, MATRICES, addresses);
    int ok = 1;
    for (int i = 0; i < MATRICES; i++) {
        plan->m[i] = (const matrix *)(intptr_t)addresses[i];
        int outputs = i == EXPAND ? hidden : width;
        int inputs = i == CONTRACT ? hidden : width;
        ok &= fits(plan->m[i], outputs, inputs);
        plan->bias[i] = (const float *)(*env)->GetDirectBufferAddress(env,
                                                                     (*env)->GetObjectArrayElement(env, vectors, i));
        ok &= plan->bias[i] != NULL;
    }
    for (int i = 0; i < NORM_VECTORS; i++) {
        jobject vector = (*env)->GetObjectArrayElement(env, vectors, MATRICES + i);
        plan->norm[i] = (const float *)(*env)->GetDirectBufferAddress(env, vector);
        ok &= plan->norm[i] != NULL;
    }
    plan->pre_norm = preNorm;
    plan->activation = activation;
    ok &= activation == RELU || activation == SWISH;
    if (!ok) {
        free(plan);
        return 0;
    }
    return (jlong)(intptr_t)plan;
}

JNIEXPORT void JNICALL Java_org_rendition_engine_natives_StepKernels_releasePlan(JNIEnv *env, jclass type,
                                                                               jlong plan) {
    (void)env;
    (void)type;
    free((void *)(intptr_t)plan);
}

/* A whole step's buffers and sizes, read by every member of the team. */
typedef struct {
    const layer_plan **plans;
    int layers;
    const float *embedded;
    const float *final_gamma; /* pre-norm: the decoder's last layer norm; else null */
    const float *final_beta;
    float *out;
    float **cache_keys;
    float **cache_values;
    int capacity;
    const jint *origins;
    int stride;
    int position;
    const float **source_keys;
    const float **source_values;
    const float *mask;
    const jint *sentences;
    const long *source_work;
    int length;
    int rows;
    int width;
    int heads;
    int hidden;
    float scale;
    /* Scratch, rows x width unless said: residual streams h, x, y; queries, keys, values; attention
       context; a sublayer's output; a normalised input (float); the feed-forward's expansion (rows x
       hidden); and bfloat16 inputs of the products. */
    float *h, *x, *y, *q, *k, *v, *context, *added, *normed, *expanded;
    uint16_t *input_bf16, *context_bf16, *expanded_bf16;
    int failed;
} step_job;

static const float EPSILON = 1e-5f;

void team_barrier(int members) {
    if (members > 1) {
        gomp_barrier();
    }
}

/* This member's share of the product's column blocks. */
void multiply_share(const product *p, int me, int members) {
    int blocks = product_blocks(p);
    int first = (int)((long)blocks * me / members);
    int last = (int)((long)blocks * (me + 1) / members);
    if (first < last) {
        products->multiply(p, first, last);
    }
}

static void normalise(const step_job *j, const float *x, const float *a, const float *gamma, const float *beta,
                      float *sum, float *normed, uint16_t *normed_bf16, int first, int last) {
    norm_job n = {x, a, gamma, beta, EPSILON, j->width, sum, normed, normed_bf16, products->round};
    add_norm_rows(&n, first, last);
}

static void round_rows(const step_job *j, const float *from, uint16_t *to, int first, int last) {
    size_t at = (size_t)first * j->width;
    products->round(from + at, to + at, (size_t)(last - first) * j->width);
}

/*
 * One member's part of the step. Post-norm (Marian): h -> x = LN(h + self) -> y = LN(x + source)
 * -> h = LN(y + feed-forward). Pre-norm (NLLB): the residual streams are the sums, and each norm is
 * taken of the sum for the next sublayer's input, the next layer's first norm (or the decoder's
 * last) included.
 */
static void step_member(void *data) {
    step_job *j = data;
    int members = omp_threads != NULL ? omp_threads() : 1;
    int me = omp_thread != NULL ? omp_thread() : 0;
    int first = (int)((long)j->rows * me / members);
    int last = (int)((long)j->rows * (me + 1) / members);
    /* A sentence's beams stay with one member, shares weighed by unpadded source length. */
    team_work sources = {NULL, NULL, j->rows, j->sentences, j->source_work};
    int source_first = cut(&sources, me, members);
    int source_last = cut(&sources, me + 1, members);
    const float *h = j->embedded;
    const layer_plan *p = j->plans[0];
    if (p->pre_norm) {
        normalise(j, h, NULL, p->norm[SELF_GAMMA], p->norm[SELF_BETA], NULL, j->normed, j->input_bf16, first, last);
    } else {
        round_rows(j, h, j->input_bf16, first, last);
    }
    team_barrier(members);
    for (int l = 0; l < j->layers; l++) {
        p = j->plans[l];
        product qkv = {3, {p->m[QUERY], p->m[KEY], p->m[VALUE]}, {p->bias[QUERY], p->bias[KEY], p->bias[VALUE]},
                       {j->q, j->k, j->v}, NULL, j->input_bf16, NONE, j->rows, NULL};
        multiply_share(&qkv, me, members);
        team_barrier(members);
        cached_job self = {j->q, j->k, j->v, j->cache_keys[l], j->cache_values[l], j->origins, j->stride,
                           j->position + 1, j->capacity, j->width, j->heads, j->scale, j->context, 0};
        cached_rows(&self, first, last);
        round_rows(j, j->context, j->context_bf16, first, last);
        if (self.failed) {
            j->failed = 1;
        }
        team_barrier(members);
        product self_out = {1, {p->m[SELF_OUT]}, {p->bias[SELF_OUT]}, {j->added}, NULL, j->context_bf16, NONE,
                            j->rows, NULL};
        multiply_share(&self_out, me, members);
        team_barrier(members);
        if (p->pre_norm) {
            normalise(j, h, j->added, p->norm[SOURCE_GAMMA], p->norm[SOURCE_BETA], j->x, j->normed, j->input_bf16,
                      first, last);
        } else {
            normalise(j, h, j->added, p->norm[SELF_GAMMA], p->norm[SELF_BETA], NULL, j->x, j->input_bf16, first,
                      last);
        }
        team_barrier(members);
        product source_query = {1, {p->m[SOURCE_QUERY]}, {p->bias[SOURCE_QUERY]}, {j->q}, NULL, j->input_bf16, NONE,
                                j->rows, NULL};
        multiply_share(&source_query, me, members);
        team_barrier(members);
        source_job source = {j->q, j->source_keys[l], j->source_values[l], j->mask, j->sentences, j->length,
                             j->width, j->heads, j->scale, j->context, 0};
        source_rows(&source, source_first, source_last);
        round_rows(j, j->context, j->context_bf16, source_first, source_last);
        if (source.failed) {
            j->failed = 1;
        }
        team_barrier(members);
        product source_out = {1, {p->m[SOURCE_OUT]}, {p->bias[SOURCE_OUT]}, {j->added}, NULL, j->context_bf16, NONE,
                              j->rows, NULL};
        multiply_share(&source_out, me, members);
        team_barrier(members);
        if (p->pre_norm) {
            normalise(j, j->x, j->added, p->norm[FINAL_GAMMA], p->norm[FINAL_BETA], j->y, j->normed, j->input_bf16,
                      first, last);
        } else {
            normalise(j, j->x, j->added, p->norm[SOURCE_GAMMA], p->norm[SOURCE_BETA], NULL, j->y, j->input_bf16,
                      first, last);
        }
        team_barrier(members);
        product expand = {1, {p->m[EXPAND]}, {p->bias[EXPAND]}, {j->expanded}, NULL, j->input_bf16, p->activation,
                          j->rows, j->expanded_bf16};
        multiply_share(&expand, me, members);
        team_barrier(members);
        product contract = {1, {p->m[CONTRACT]}, {p->bias[CONTRACT]}, {j->added}, NULL, j->expanded_bf16, NONE,
                            j->rows, NULL};
        multiply_share(&contract, me, members);
        team_barrier(members);
        int last_layer = l == j->layers - 1;
        if (p->pre_norm) {
            /* The sum is the residual stream; its norm is the next layer's input, or the decoder's output. */
            const layer_plan *next = last_layer ? NULL : j->plans[l + 1];
            normalise(j, j->y, j->added, last_layer ? j->final_gamma : next->norm[SELF_GAMMA],
                      last_layer ? j->final_beta : next->norm[SELF_BETA], j->h, last_layer ? j->out : j->normed,
                      last_layer ? NULL : j->input_bf16, first, last);
        } else {
            normalise(j, j->y, j->added, p->norm[FINAL_GAMMA], p->norm[FINAL_BETA], NULL, last_layer ? j->out : j->h,
                      last_layer ? NULL : j->input_bf16, first, last);
        }
        h = j->h;
        team_barrier(members);
    }
}

/* The calling thread's scratch, kept between steps (a step's is about 2 MB at beam 4 x 16) and freed with the thread. */
static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;
static __thread void *scratch;
static __thread size_t scratch_size;

static void make_scratch_key(void) {
    pthread_key_create(&scratch_key, free);
}

static void *scratch_of(size_t size) {
    if (size > scratch_size) {
        pthread_once(&scratch_once, make_scratch_key);
        free(scratch);
        scratch = aligned_alloc(64, (size + 63) / 64 * 64);
        scratch_size = scratch != NULL ? size : 0;
        pthread_setspecific(scratch_key, scratch);
    }
    return scratch;
}

/* Carves the job's scratch out of one block, each piece on a 64-byte boundary. */
static int lay_out_scratch(step_job *j) {
    size_t wide = (size_t)j->rows * j->width;
    size_t deep = (size_t)j->rows * j->hidden;
    size_t floats[] = {wide, wide, wide, wide, wide, wide, wide, wide, wide, deep};
    size_t halves[] = {wide, wide, deep};
    float **to_floats[] = {&j->h, &j->x, &j->y, &j->q, &j->k, &j->v, &j->context, &j->added, &j->normed,
                           &j->expanded};
    uint16_t **to_halves[] = {&j->input_bf16, &j->context_bf16, &j->expanded_bf16};
    size_t total = 0;
    for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++) {
        total += (floats[i] * sizeof(float) + 63) / 64 * 64;
    }
    for (size_t i = 0; i < sizeof halves / sizeof halves[0]; i++) {
        total += (halves[i] * sizeof(uint16_t) + 63) / 64 * 64;
    }
    char *at = scratch_of(total);
    if (at == NULL) {
        return 0;
    }
    for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++) {
        *to_floats[i] = (float *)at;
        at += (floats[i] * sizeof(float) + 63) / 64 * 64;
    }
    for (size_t i = 0; i < sizeof halves / sizeof halves[0]; i++) {
        *to_halves[i] = (uint16_t *)at;
        at += (halves[i] * sizeof(uint16_t) + 63) / 64 * 64;
    }
    return 1;
}

/* Direct buffer addresses of count elements of an object array, or 0 when one is missing. */
static int addresses_of(JNIEnv *env, jobjectArray buffers, int count, void **to) {
    if ((*env)->GetArrayLength(env, buffers) != count) {
        return 0;
    }
    for (int i = 0; i < count; i++) {
        jobject buffer = (*env)->GetObjectArrayElement(env, buffers, i);
        to[i] = buffer != NULL ? (*env)->GetDirectBufferAddress(env, buffer) : NULL;
        (*env)->DeleteLocalRef(env, buffer);
        if (to[i] == NULL) {
            return 0;
        }
    }
    return 1;
}

/*
 * One decoding step through every layer (StepKernels.decoderStep): embedded (rows x width) in, out
 * (rows x width) the last layer's output (after the decoder's last norm for pre-norm plans).
 * Returns 0; -1 when an argument is wrong or a buffer not direct; -2 when memory ran out.
 */
JNIEXPORT jint JNICALL Java_org_rendition_engine_natives_StepKernels_decoderStep(
    JNIEnv *env, jclass type, jlongArray plans, jobject embedded, jobject finalGamma, jobject finalBeta, jobject out,
    jobjectArray cacheKeys, jobjectArray cacheValues, jint capacity, jintArray origins, jint stride, jint position,
    jobjectArray sourceKeys, jobjectArray sourceValues, jobject mask, jintArray sentenceOf, jint length, jint rows,
    jint width, jint heads, jint hidden, jfloat scale) {
    (void)type;
    int layers = (*env)->GetArrayLength(env, plans);
    if (products == NULL || layers < 1 || rows < 1 || heads < 1 || width % heads != 0 || position < 0
        || position >= capacity || position >= stride || (*env)->GetArrayLength(env, origins) < rows * stride
        || (*env)->GetArrayLength(env, sentenceOf) < rows) {
        return -1;
    }
    step_job j = {0};
    j.layers = layers;
    j.capacity = capacity;
    j.stride = stride;
    j.position = position;
    j.length = length;
    j.rows = rows;
    j.width = width;
    j.heads = heads;
    j.hidden = hidden;
    j.scale = scale;
    j.embedded = (const float *)(*env)->GetDirectBufferAddress(env, embedded);
    j.out = (float *)(*env)->GetDirectBufferAddress(env, out);
    j.mask = (const float *)(*env)->GetDirectBufferAddress(env, mask);
    j.final_gamma = finalGamma != NULL ? (const float *)(*env)->GetDirectBufferAddress(env, finalGamma) : NULL;
    j.final_beta = finalBeta != NULL ? (const float *)(*env)->GetDirectBufferAddress(env, finalBeta) : NULL;
    /* Pointers, origins, sentences and work in one allocation: the Java arrays are not held while the team runs. */
    size_t pointers = 5 * (size_t)layers;
    size_t integers = (size_t)rows * stride + rows;
    void **block = malloc(pointers * sizeof(void *) + ((size_t)rows + 1) * sizeof(long) + integers * sizeof(jint));
    if (block == NULL) {
        return -2;
    }
    j.plans = (const layer_plan **)block;
    j.cache_keys = (float **)(block + layers);
    j.cache_values = (float **)(block + 2 * layers);
    j.source_keys = (const float **)(block + 3 * layers);
    j.source_values = (const float **)(block + 4 * layers);
    long *work = (long *)(block + pointers);
    jint *integer_part = (jint *)(work + rows + 1);
    j.source_work = work;
    j.origins = integer_part;
    j.sentences = integer_part + (size_t)rows * stride;
    jlong *plan_addresses = (*env)->GetLongArrayElements(env, plans, NULL);
    int ok = plan_addresses != NULL;
    for (int l = 0; ok && l < layers; l++) {
        j.plans[l] = (const layer_plan *)(intptr_t)plan_addresses[l];
        ok &= j.plans[l] != NULL && j.plans[l]->pre_norm == j.plans[0]->pre_norm;
    }
    if (plan_addresses != NULL) {
        (*env)->ReleaseLongArrayElements(env, plans, plan_addresses, JNI_ABORT);
    }
    ok = ok && addresses_of(env, cacheKeys, layers, (void **)j.cache_keys)
         && addresses_of(env, cacheValues, layers, (void **)j.cache_values)
         && addresses_of(env, sourceKeys, layers, (void **)j.source_keys)
         && addresses_of(env, sourceValues, layers, (void **)j.source_values) && j.embedded != NULL
         && j.out != NULL && j.mask != NULL && (!j.plans[0]->pre_norm || (j.final_gamma != NULL && j.final_beta != NULL));
    if (!ok) {
        free(block);
        return -1;
    }
    (*env)->GetIntArrayRegion(env, origins, 0, rows * stride, integer_part);
    (*env)->GetIntArrayRegion(env, sentenceOf, 0, rows, integer_part + (size_t)rows * stride);
    work[0] = 0;
    for (int r = 0; r < rows; r++) {
        work[r + 1] = work[r] + unpadded(j.mask + (size_t)j.sentences[r] * length, length);
    }
    if (!lay_out_scratch(&j)) {
        free(block);
        return -2;
    }
    int threads = gomp_parallel != NULL && gomp_barrier != NULL ? omp_max_threads() : 1;
    if (threads > 1) {
        gomp_parallel(step_member, &j, (unsigned)threads, 0);
    } else {
        step_member(&j);
    }
    free(block);
    return j.failed ? -2 : 0;
}
