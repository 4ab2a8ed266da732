/*
 * The small operations of a decoding step that PyTorch runs slowly one call at a time (decision 0031).
 *
 * perf on a beam-4 x 16 batch of long sentences (one thread) showed the step's matrix products at a
 * quarter of its time, and most of the rest in operations that move far more memory than they
 * compute:
 * - attention over the cache and the source: MKL's batched gemv, one call per row and head, 16%;
 * - re-ordering the self-attention cache after each beam step: index kernels, 10%;
 * - log-softmax over every word, then top-k over every word: 16%.
 * Here attention reads the cache through a table of which row holds each earlier position (so a
 * beam step moves a few integers instead of the cache), the beams of a sentence read one copy of
 * its source keys, and the step's log-softmax normaliser and best words come out of one pass over
 * the logits, which the log-probabilities of only those words are computed from.
 *
 * Arithmetic is float32 throughout; sums are taken in a different order from MKL's and Sleef's,
 * so results differ from PyTorch's in the last bits (the tests bound it), never in what is summed.
 * Loops are written so that GCC vectorises them, cloned per instruction set so that the library
 * loads on any x86-64 processor.
 */
#include <jni.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CLONED __attribute__((target_clones("avx512f", "avx2", "default")))
enum { LANES = 16 };

/*
 * e^x in float32 within about 2 units in the last place (Cephes' expf polynomial), written without
 * calls or branches so that it vectorises; 0 below the smallest normal result, as a padding mask's
 * huge negative numbers need.
 */
#pragma omp declare simd notinbranch
static inline float exp_of(float x) {
    float clamped = x < -87.0f ? -87.0f : (x > 88.0f ? 88.0f : x);
    /* Rounds to the nearest integer by adding and taking away 1.5 * 2^23 (|x| / ln 2 < 2^22). */
    float n = (clamped * 1.44269504088896341f + 12582912.0f) - 12582912.0f;
    float r = clamped - n * 0.693359375f + n * 2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * r * r + r + 1.0f;
    union {
        int32_t bits;
        float value;
    } scale = {.bits = ((int32_t)n + 127) << 23};
    return x < -87.0f ? 0.0f : p * scale.value;
}

static inline float max_of(const float *x, int count) {
    float best = -INFINITY;
#pragma omp simd reduction(max : best)
    for (int i = 0; i < count; i++) {
        best = x[i] > best ? x[i] : best;
    }
    return best;
}

/* Sum of e^(x - shift). */
static inline float sum_exp(const float *x, int count, float shift) {
    float sum = 0;
#pragma omp simd reduction(+ : sum)
    for (int i = 0; i < count; i++) {
        sum += exp_of(x[i] - shift);
    }
    return sum;
}

/* Turns scores into softmax weights in place: e^(s - max) / sum. */
static inline void softmax_in_place(float *s, int count) {
    float top = max_of(s, count);
    float sum = 0;
#pragma omp simd reduction(+ : sum)
    for (int i = 0; i < count; i++) {
        s[i] = exp_of(s[i] - top);
        sum += s[i];
    }
#pragma omp simd
    for (int i = 0; i < count; i++) {
        s[i] /= sum;
    }
}

static inline float dot(const float *a, const float *b, int width) {
    float sum = 0;
#pragma omp simd reduction(+ : sum)
    for (int i = 0; i < width; i++) {
        sum += a[i] * b[i];
    }
    return sum;
}

static inline void add_scaled(float *restrict to, const float *restrict from, float weight, int width) {
#pragma omp simd
    for (int i = 0; i < width; i++) {
        to[i] += weight * from[i];
    }
}

static int blocked(const int *columns, int count, int column) {
    for (int i = 0; i < count; i++) {
        if (columns[i] == column) {
            return 1;
        }
    }
    return 0;
}

/* Inserts (value, column) into the n best so far, best first; an equal value goes after its equals. */
static void keep_if_better(float *values, int *columns, int n, float value, int column) {
    if (!(value > values[n - 1])) {
        return;
    }
    int at = n - 1;
    while (at > 0 && value > values[at - 1]) {
        values[at] = values[at - 1];
        columns[at] = columns[at - 1];
        at--;
    }
    values[at] = value;
    columns[at] = column;
}

/* The n largest of a row, skipping blocked columns: a block of 16 is looked at only when it can enter. */
static inline void best_of_row(const float *x, int count, const int *skip, int skipped, int n, float *values,
                               int *columns) {
    for (int i = 0; i < n; i++) {
        values[i] = -INFINITY;
        columns[i] = -1;
    }
    int i = 0;
    for (; i + LANES <= count; i += LANES) {
        if (max_of(x + i, LANES) > values[n - 1]) {
            for (int l = 0; l < LANES; l++) {
                if (x[i + l] > values[n - 1] && !blocked(skip, skipped, i + l)) {
                    keep_if_better(values, columns, n, x[i + l], i + l);
                }
            }
        }
    }
    for (; i < count; i++) {
        if (x[i] > values[n - 1] && !blocked(skip, skipped, i)) {
            keep_if_better(values, columns, n, x[i], i);
        }
    }
}

/* One row of rowBest below: the row's n best words and their log-probabilities. */
CLONED static void log_probabilities_of_best(const float *row, int words, const int *skip, int skipped, int n,
                                             float *values, int *columns) {
    float top = max_of(row, words);
    float log_sum = logf(sum_exp(row, words, top));
    best_of_row(row, words, skip, skipped, n, values, columns);
    for (int i = 0; i < n; i++) {
        values[i] = (values[i] - top) - log_sum;
    }
}

/*
 * One row's attention, head by head, over positions whose keys and values are at keys[p] and
 * values[p] (each a row of width floats, heads side by side); bias[p] is added to the scores when
 * not null. scores has room for count floats.
 */
CLONED static void attend_row(const float *query, const float *const *keys, const float *const *values,
                              const float *bias, int count, int width, int heads, float scale, float *scores,
                              float *out) {
    int part = width / heads;
    for (int h = 0; h < heads; h++) {
        const float *qh = query + (size_t)h * part;
        for (int p = 0; p < count; p++) {
            scores[p] = dot(qh, keys[p] + (size_t)h * part, part) * scale + (bias != NULL ? bias[p] : 0.0f);
        }
        softmax_in_place(scores, count);
        float *oh = out + (size_t)h * part;
        memset(oh, 0, (size_t)part * sizeof(float));
        for (int p = 0; p < count; p++) {
            add_scaled(oh, values[p] + (size_t)h * part, scores[p], part);
        }
    }
}

/* Scratch per thread: scores, and where each position's key and value are. */
static __thread float *scratch_scores;
static __thread const float **scratch_rows;
static __thread size_t scratch_capacity;

static int make_room(size_t count) {
    if (count > scratch_capacity) {
        free(scratch_scores);
        free(scratch_rows);
        scratch_scores = malloc(count * sizeof(float));
        scratch_rows = malloc(2 * count * sizeof(float *));
        scratch_capacity = scratch_scores == NULL || scratch_rows == NULL ? 0 : count;
    }
    return scratch_capacity >= count;
}

/*
 * For each of rows rows of logits (rows x words): log-probabilities of its n best words, best first,
 * and their columns. A word is a log-probability as log_softmax gives it: (x - max) - log(sum of
 * e^(x - max)) over every word, blocked ones included; blocked words are then never chosen.
 * Returns 0, or -1 when a buffer is not direct.
 */
JNIEXPORT jint JNICALL Java_org_rendition_engine_natives_StepKernels_rowBest(JNIEnv *env, jclass type,
                                                                           jobject logits, jint rows, jint words,
                                                                           jintArray skip, jint n,
                                                                           jfloatArray values, jintArray columns) {
    (void)type;
    const float *x = (const float *)(*env)->GetDirectBufferAddress(env, logits);
    if (x == NULL || n <= 0) {
        return -1;
    }
    int skipped = (*env)->GetArrayLength(env, skip);
    int *skipping = malloc(((size_t)skipped + 1) * sizeof(int));
    float *best = malloc((size_t)rows * n * sizeof(float));
    int *where = malloc((size_t)rows * n * sizeof(int));
    if (skipping == NULL || best == NULL || where == NULL) {
        free(skipping);
        free(best);
        free(where);
        return -2;
    }
    (*env)->GetIntArrayRegion(env, skip, 0, skipped, skipping);
    for (int r = 0; r < rows; r++) {
        log_probabilities_of_best(x + (size_t)r * words, words, skipping, skipped, n, best + (size_t)r * n,
                                  where + (size_t)r * n);
    }
    (*env)->SetFloatArrayRegion(env, values, 0, rows * n, best);
    (*env)->SetIntArrayRegion(env, columns, 0, rows * n, where);
    free(skipping);
    free(best);
    free(where);
    return 0;
}

/*
 * Self-attention of one new position per row over every position so far, the cache read through
 * origins: position p of row r is in cache row origins[r * stride + p]. The cache is
 * (cache rows x capacity x width); queries and out are (rows x width), heads side by side.
 */
JNIEXPORT jint JNICALL Java_org_rendition_engine_natives_StepKernels_attendCached(
    JNIEnv *env, jclass type, jobject query, jobject keys, jobject values, jintArray origins, jint stride,
    jint rows, jint filled, jint capacity, jint width, jint heads, jfloat scale, jobject out) {
    (void)type;
    const float *q = (const float *)(*env)->GetDirectBufferAddress(env, query);
    const float *k = (const float *)(*env)->GetDirectBufferAddress(env, keys);
    const float *v = (const float *)(*env)->GetDirectBufferAddress(env, values);
    float *o = (float *)(*env)->GetDirectBufferAddress(env, out);
    if (q == NULL || k == NULL || v == NULL || o == NULL || filled > stride || filled > capacity) {
        return -1;
    }
    if (!make_room((size_t)filled)) {
        return -2;
    }
    jint *from = (*env)->GetPrimitiveArrayCritical(env, origins, NULL);
    if (from == NULL) {
        return -2;
    }
    const float **key_rows = scratch_rows;
    const float **value_rows = scratch_rows + filled;
    for (int r = 0; r < rows; r++) {
        const jint *origin = from + (size_t)r * stride;
        for (int p = 0; p < filled; p++) {
            size_t at = ((size_t)origin[p] * capacity + p) * width;
            key_rows[p] = k + at;
            value_rows[p] = v + at;
        }
        attend_row(q + (size_t)r * width, key_rows, value_rows, NULL, filled, width, heads, scale, scratch_scores,
                   o + (size_t)r * width);
    }
    (*env)->ReleasePrimitiveArrayCritical(env, origins, from, JNI_ABORT);
    return 0;
}

/*
 * Attention of one position per row over its sentence's source: keys and values are
 * (sentences x length x width), one copy per sentence however many beams read it; row r reads
 * sentence sentenceOf[r], and mask (sentences x length) is added to the scores (0, or a huge
 * negative number at padding).
 */
JNIEXPORT jint JNICALL Java_org_rendition_engine_natives_StepKernels_attendSource(
    JNIEnv *env, jclass type, jobject query, jobject keys, jobject values, jobject mask, jintArray sentenceOf,
    jint rows, jint length, jint width, jint heads, jfloat scale, jobject out) {
    (void)type;
    const float *q = (const float *)(*env)->GetDirectBufferAddress(env, query);
    const float *k = (const float *)(*env)->GetDirectBufferAddress(env, keys);
    const float *v = (const float *)(*env)->GetDirectBufferAddress(env, values);
    const float *m = (const float *)(*env)->GetDirectBufferAddress(env, mask);
    float *o = (float *)(*env)->GetDirectBufferAddress(env, out);
    if (q == NULL || k == NULL || v == NULL || m == NULL || o == NULL) {
        return -1;
    }
    if (!make_room((size_t)length)) {
        return -2;
    }
    jint *sentences = (*env)->GetPrimitiveArrayCritical(env, sentenceOf, NULL);
    if (sentences == NULL) {
        return -2;
    }
    const float **key_rows = scratch_rows;
    const float **value_rows = scratch_rows + length;
    for (int r = 0; r < rows; r++) {
        size_t sentence = (size_t)sentences[r];
        for (int p = 0; p < length; p++) {
            size_t at = (sentence * length + p) * width;
            key_rows[p] = k + at;
            value_rows[p] = v + at;
        }
        attend_row(q + (size_t)r * width, key_rows, value_rows, m + sentence * length, length, width, heads, scale,
                   scratch_scores, o + (size_t)r * width);
    }
    (*env)->ReleasePrimitiveArrayCritical(env, sentenceOf, sentences, JNI_ABORT);
    return 0;
}

/* Writes one position of every row (rows x width) into a cache (cache rows x capacity x width). */
JNIEXPORT jint JNICALL Java_org_rendition_engine_natives_StepKernels_writePosition(JNIEnv *env, jclass type,
                                                                                 jobject step, jobject cache,
                                                                                 jint rows, jint position,
                                                                                 jint capacity, jint width) {
    (void)type;
    const float *from = (const float *)(*env)->GetDirectBufferAddress(env, step);
    float *to = (float *)(*env)->GetDirectBufferAddress(env, cache);
    if (from == NULL || to == NULL) {
        return -1;
    }
    for (int r = 0; r < rows; r++) {
        memcpy(to + ((size_t)r * capacity + position) * width, from + (size_t)r * width, (size_t)width * sizeof(float));
    }
    return 0;
}
