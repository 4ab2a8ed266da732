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
 * its source keys, each residual sum is normalised in the same pass, and the step's log-softmax
 * normaliser and best words come from the logits without writing a log-probability for every
 * word. Every kernel shares its rows among the calling thread's OpenMP team (libtorch's own).
 *
 * Arithmetic is float32 throughout; sums are taken in a different order from MKL's and Sleef's,
 * so results differ from PyTorch's in the last bits (the tests bound it), never in what is summed.
 * Loops are written so that GCC vectorises them, cloned per instruction set so that the library
 * loads on any x86-64 processor.
 */
#include <dlfcn.h>
#include <immintrin.h>
#include <jni.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "step_kernels.h"
#include "vector_exp.h"

#define CLONED __attribute__((target_clones("avx512f", "avx2", "default")))

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

/*
 * The row's largest value over every column, and its n largest outside the blocked columns, in
 * one pass: each run of 64 is reduced to its maximum, and looked at value by value only when that
 * maximum can enter the n best (rarely, once the first few runs have set the bar).
 */
static inline float best_of_row(const float *x, int count, const int *skip, int skipped, int n, float *values,
                                int *columns) {
    enum { RUN = 64 };
    for (int i = 0; i < n; i++) {
        values[i] = -INFINITY;
        columns[i] = -1;
    }
    float top = -INFINITY;
    int i = 0;
    for (; i + RUN <= count; i += RUN) {
        float run = -INFINITY;
#pragma omp simd reduction(max : run)
        for (int l = 0; l < RUN; l++) {
            run = x[i + l] > run ? x[i + l] : run;
        }
        top = run > top ? run : top;
        if (run > values[n - 1]) {
            for (int l = 0; l < RUN; l++) {
                if (x[i + l] > values[n - 1] && !blocked(skip, skipped, i + l)) {
                    keep_if_better(values, columns, n, x[i + l], i + l);
                }
            }
        }
    }
    for (; i < count; i++) {
        top = x[i] > top ? x[i] : top;
        if (x[i] > values[n - 1] && !blocked(skip, skipped, i)) {
            keep_if_better(values, columns, n, x[i], i);
        }
    }
    return top;
}

/* One row of rowBest below: the row's n best words and their log-probabilities. */
CLONED static void log_probabilities_of_best(const float *row, int words, const int *skip, int skipped, int n,
                                             float *values, int *columns) {
    float top = best_of_row(row, words, skip, skipped, n, values, columns);
    float log_sum = logf(sum_exp(row, words, top));
    for (int i = 0; i < n; i++) {
        values[i] = (values[i] - top) - log_sum;
    }
}

void start_bests(vocabulary_best *v, int member) {
    for (int r = 0; r < v->rows; r++) {
        running_best *b = v->bests + (size_t)member * v->rows + r;
        b->max = -INFINITY;
        b->sum = 0;
        for (int i = 0; i < v->n; i++) {
            b->values[i] = -INFINITY;
            b->columns[i] = -1;
        }
    }
}

/*
 * The sum is kept against the largest logit seen so far and rescaled when a block brings a larger
 * one (rarely, after the first blocks), as an online softmax does; the block is still in the
 * level-one cache, where the separate pass read the whole logits back from memory.
 */
CLONED void best_of_block(void *context, const float *block, int first_row, int rows, int start, int width) {
    const vocabulary_best *v = context;
    int member = omp_thread != NULL ? omp_thread() : 0;
    running_best *mine = v->bests + (size_t)member * v->rows + first_row;
    int n = v->n;
    for (int i = 0; i < rows; i++) {
        running_best *b = mine + i;
        const float *x = block + (size_t)i * 64;
        float top = max_of(x, width);
        if (top > b->max) {
            b->sum = b->max == -INFINITY ? 0.0f : b->sum * exp_of(b->max - top);
            b->max = top;
        }
        if (b->max != -INFINITY) {
            b->sum += sum_exp(x, width, b->max);
        }
        if (top > b->values[n - 1]) {
            for (int l = 0; l < width; l++) {
                if (x[l] > b->values[n - 1] && !blocked(v->skip, v->skipped, start + l)) {
                    keep_if_better(b->values, b->columns, n, x[l], start + l);
                }
            }
        }
    }
}

void merge_bests(const vocabulary_best *v, int members, int first, int last, float *values, int *columns) {
    int n = v->n;
    for (int r = first; r < last; r++) {
        float top = -INFINITY;
        for (int m = 0; m < members; m++) {
            float seen = v->bests[(size_t)m * v->rows + r].max;
            top = seen > top ? seen : top;
        }
        float sum = 0;
        float *best = values + (size_t)r * n;
        int *where = columns + (size_t)r * n;
        for (int i = 0; i < n; i++) {
            best[i] = -INFINITY;
            where[i] = -1;
        }
        /* Members hold blocks in column order, so taking them in order keeps equal values in column order. */
        for (int m = 0; m < members; m++) {
            const running_best *b = v->bests + (size_t)m * v->rows + r;
            if (b->max != -INFINITY) {
                sum += b->sum * exp_of(b->max - top);
            }
            for (int i = 0; i < n && b->columns[i] >= 0; i++) {
                keep_if_better(best, where, n, b->values[i], b->columns[i]);
            }
        }
        float log_sum = logf(sum);
        for (int i = 0; i < n; i++) {
            best[i] = (best[i] - top) - log_sum;
        }
    }
}

/*
 * Attention. Keys and values are kept head by head, (rows x heads x positions x head width), so
 * that one head's positions lie one after another: with the heads side by side a head's key was
 * 256 bytes every 2 KB, and the loads waited on memory.
 *
 * One head of one row, any head width: position p's key and value at keys[p] and values[p];
 * bias[p] is added to the scores when not null; scores has room for count floats.
 */
CLONED static void attend_head_any(const float *query, const float *const *keys, const float *const *values,
                                   const float *bias, int count, int part, float scale, float *scores, float *out) {
    for (int p = 0; p < count; p++) {
        scores[p] = dot(query, keys[p], part) * scale + (bias != NULL ? bias[p] : 0.0f);
    }
    softmax_in_place(scores, count);
    memset(out, 0, (size_t)part * sizeof(float));
    for (int p = 0; p < count; p++) {
        add_scaled(out, values[p], scores[p], part);
    }
}

/*
 * The same for a head of 64 (Marian's, NLLB's) with AVX-512: a key is four vectors, so a score is
 * four multiply-adds and one sum across the lanes, and the output four vectors held in registers.
 */
__attribute__((target("avx512f"))) static void attend_head_64(const float *query, const float *const *keys,
                                                              const float *const *values, const float *bias,
                                                              int count, float scale, float *scores, float *out) {
    __m512 q0 = _mm512_loadu_ps(query);
    __m512 q1 = _mm512_loadu_ps(query + 16);
    __m512 q2 = _mm512_loadu_ps(query + 32);
    __m512 q3 = _mm512_loadu_ps(query + 48);
    for (int p = 0; p < count; p++) {
        const float *k = keys[p];
        __m512 sum = _mm512_mul_ps(q0, _mm512_loadu_ps(k));
        sum = _mm512_fmadd_ps(q1, _mm512_loadu_ps(k + 16), sum);
        sum = _mm512_fmadd_ps(q2, _mm512_loadu_ps(k + 32), sum);
        sum = _mm512_fmadd_ps(q3, _mm512_loadu_ps(k + 48), sum);
        scores[p] = _mm512_reduce_add_ps(sum) * scale + (bias != NULL ? bias[p] : 0.0f);
    }
    softmax_in_place(scores, count);
    __m512 o0 = _mm512_setzero_ps();
    __m512 o1 = _mm512_setzero_ps();
    __m512 o2 = _mm512_setzero_ps();
    __m512 o3 = _mm512_setzero_ps();
    for (int p = 0; p < count; p++) {
        const float *v = values[p];
        __m512 w = _mm512_set1_ps(scores[p]);
        o0 = _mm512_fmadd_ps(w, _mm512_loadu_ps(v), o0);
        o1 = _mm512_fmadd_ps(w, _mm512_loadu_ps(v + 16), o1);
        o2 = _mm512_fmadd_ps(w, _mm512_loadu_ps(v + 32), o2);
        o3 = _mm512_fmadd_ps(w, _mm512_loadu_ps(v + 48), o3);
    }
    _mm512_storeu_ps(out, o0);
    _mm512_storeu_ps(out + 16, o1);
    _mm512_storeu_ps(out + 32, o2);
    _mm512_storeu_ps(out + 48, o3);
}

/*
 * Attention over a sentence's source (or, in the encoder, over its own tokens). The source's keys
 * are kept transposed, (head width x length) per head, so that sixteen positions' scores are
 * sixteen lanes of one vector: a multiply-add per key element, and no sum across lanes, which cost
 * as much as the multiplications when each score was a dot product of its own.
 *
 * One head of 64 for up to four rows that read the same keys and values (the beams of one
 * sentence): keys[i * length + p] is element i of position p's key, values count x 64 one after
 * another. query and out are the rows' own, stride floats apart; scores has room for 4 * count.
 */
__attribute__((target("avx512f"))) static void attend_group_64(const float *query, int rows, int stride,
                                                               const float *keys, int length,
                                                               const float *values, const float *bias,
                                                               int count, float scale, float *scores,
                                                               float *out) {
    /* A missing fourth row repeats the last one; its results are not stored. */
    const float *q[4];
    for (int g = 0; g < 4; g++) {
        q[g] = query + (size_t)(g < rows ? g : rows - 1) * stride;
    }
    __m512 scaling = _mm512_set1_ps(scale);
    for (int p = 0; p < count; p += 16) {
        __mmask16 lanes = count - p >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << (count - p)) - 1);
        __m512 a0 = _mm512_setzero_ps();
        __m512 a1 = _mm512_setzero_ps();
        __m512 a2 = _mm512_setzero_ps();
        __m512 a3 = _mm512_setzero_ps();
        for (int i = 0; i < 64; i++) {
            __m512 k = _mm512_maskz_loadu_ps(lanes, keys + (size_t)i * length + p);
            a0 = _mm512_fmadd_ps(_mm512_set1_ps(q[0][i]), k, a0);
            a1 = _mm512_fmadd_ps(_mm512_set1_ps(q[1][i]), k, a1);
            a2 = _mm512_fmadd_ps(_mm512_set1_ps(q[2][i]), k, a2);
            a3 = _mm512_fmadd_ps(_mm512_set1_ps(q[3][i]), k, a3);
        }
        __m512 b = _mm512_maskz_loadu_ps(lanes, bias + p);
        __m512 sums[4] = {a0, a1, a2, a3};
        for (int g = 0; g < rows; g++) {
            _mm512_mask_storeu_ps(scores + (size_t)g * count + p, lanes,
                                  _mm512_add_ps(_mm512_mul_ps(sums[g], scaling), b));
        }
    }
    __m512 o[4][4];
    for (int g = 0; g < rows; g++) {
        softmax_in_place(scores + (size_t)g * count, count);
        for (int c = 0; c < 4; c++) {
            o[g][c] = _mm512_setzero_ps();
        }
    }
    for (int p = 0; p < count; p++) {
        const float *v = values + (size_t)p * 64;
        __m512 v0 = _mm512_loadu_ps(v);
        __m512 v1 = _mm512_loadu_ps(v + 16);
        __m512 v2 = _mm512_loadu_ps(v + 32);
        __m512 v3 = _mm512_loadu_ps(v + 48);
        for (int g = 0; g < rows; g++) {
            __m512 w = _mm512_set1_ps(scores[(size_t)g * count + p]);
            o[g][0] = _mm512_fmadd_ps(w, v0, o[g][0]);
            o[g][1] = _mm512_fmadd_ps(w, v1, o[g][1]);
            o[g][2] = _mm512_fmadd_ps(w, v2, o[g][2]);
            o[g][3] = _mm512_fmadd_ps(w, v3, o[g][3]);
        }
    }
    for (int g = 0; g < rows; g++) {
        for (int c = 0; c < 4; c++) {
            _mm512_storeu_ps(out + (size_t)g * stride + 16 * c, o[g][c]);
        }
    }
}

/* The same for one row, any head width, any processor: keys transposed as above. */
CLONED static void attend_transposed_any(const float *query, const float *keys, int length, const float *values,
                                         const float *bias, int count, int part, float scale, float *scores,
                                         float *out) {
    memset(scores, 0, (size_t)count * sizeof(float));
    for (int i = 0; i < part; i++) {
        add_scaled(scores, keys + (size_t)i * length, query[i], count);
    }
    for (int p = 0; p < count; p++) {
        scores[p] = scores[p] * scale + bias[p];
    }
    softmax_in_place(scores, count);
    memset(out, 0, (size_t)part * sizeof(float));
    for (int p = 0; p < count; p++) {
        add_scaled(out, values + (size_t)p * part, scores[p], part);
    }
}

static int avx512;

__attribute__((constructor)) static void detect_instructions(void) {
    __builtin_cpu_init();
    avx512 = __builtin_cpu_supports("avx512f");
}

/*
 * The calling thread's OpenMP team, from the libgomp libtorch loaded (as bf16_products.c does), so
 * that the kernels share PyTorch's threads and their per-thread count: a document's single-threaded
 * decoding workers run them alone, a single batch on every thread PyTorch has. Unbound, they run
 * on the calling thread.
 */
gomp_parallel_fn gomp_parallel;
gomp_barrier_fn gomp_barrier;
omp_int_fn omp_max_threads;
omp_int_fn omp_thread;
omp_int_fn omp_threads;

/* Binds the team from the given (already loaded) libtorch_cpu; 1 when bound, 0 when serial. */
JNIEXPORT jint JNICALL Java_org_rendition_engine_natives_StepKernels_bind(JNIEnv *env, jclass type,
                                                                        jstring library) {
    (void)type;
    const char *path = (*env)->GetStringUTFChars(env, library, NULL);
    void *handle = path == NULL ? NULL : dlopen(path, RTLD_NOW | RTLD_NOLOAD);
    if (path != NULL) {
        (*env)->ReleaseStringUTFChars(env, library, path);
    }
    if (handle == NULL) {
        return 0;
    }
    /* dlsym on a handle also searches what it depends on: libtorch's own libgomp. */
    gomp_parallel_fn parallel = (gomp_parallel_fn)dlsym(handle, "GOMP_parallel");
    omp_int_fn max_threads = (omp_int_fn)dlsym(handle, "omp_get_max_threads");
    omp_int_fn thread = (omp_int_fn)dlsym(handle, "omp_get_thread_num");
    omp_int_fn threads = (omp_int_fn)dlsym(handle, "omp_get_num_threads");
    gomp_barrier_fn barrier = (gomp_barrier_fn)dlsym(handle, "GOMP_barrier");
    if (parallel == NULL || max_threads == NULL || thread == NULL || threads == NULL || barrier == NULL) {
        return 0;
    }
    gomp_barrier = barrier;
    omp_max_threads = max_threads;
    omp_thread = thread;
    omp_threads = threads;
    gomp_parallel = parallel;
    return 1;
}


int cut(const team_work *w, int member, int members) {
    int at = (int)((long)w->rows * member / members);
    if (w->work_before != NULL) {
        long share = w->work_before[w->rows] * member / members;
        at = 0;
        while (at < w->rows && w->work_before[at] < share) {
            at++;
        }
    }
    while (w->groups != NULL && at > 0 && at < w->rows && w->groups[at] == w->groups[at - 1]) {
        at++;
    }
    return at;
}

static void team_member(void *data) {
    const team_work *w = data;
    int members = omp_threads();
    int me = omp_thread();
    w->work(w->job, cut(w, me, members), cut(w, me + 1, members));
}

/*
 * Runs work over rows on the calling thread's team, in shares of equal work when work_before is
 * given (else of equal rows), rows of one group never split; each row's result is the same however
 * the rows are cut.
 */
static void over_rows_weighed(void (*work)(void *job, int first, int last), void *job, int rows,
                              const jint *groups, const long *work_before) {
    int threads = gomp_parallel != NULL ? omp_max_threads() : 1;
    if (threads > rows) {
        threads = rows;
    }
    if (threads <= 1) {
        work(job, 0, rows);
        return;
    }
    team_work w = {work, job, rows, groups, work_before};
    gomp_parallel(team_member, &w, (unsigned)threads, 0);
}

static void over_rows(void (*work)(void *job, int first, int last), void *job, int rows, const jint *groups) {
    over_rows_weighed(work, job, rows, groups, NULL);
}

static void attend_head(const float *query, const float *const *keys, const float *const *values, const float *bias,
                        int count, int part, float scale, float *scores, float *out) {
    if (part == 64 && avx512) {
        attend_head_64(query, keys, values, bias, count, scale, scores, out);
    } else {
        attend_head_any(query, keys, values, bias, count, part, scale, scores, out);
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

typedef struct {
    const float *logits;
    int words;
    const int *skip;
    int skipped;
    int n;
    float *values;
    int *columns;
} best_job;

static void best_rows(void *data, int first, int last) {
    const best_job *j = data;
    for (int r = first; r < last; r++) {
        log_probabilities_of_best(j->logits + (size_t)r * j->words, j->words, j->skip, j->skipped, j->n,
                                  j->values + (size_t)r * j->n, j->columns + (size_t)r * j->n);
    }
}

/*
 * For each of rows rows of logits (rows x words): log-probabilities of its n best words, best first,
 * and their columns. A word is a log-probability as log_softmax gives it: (x - max) - log(sum of
 * e^(x - max)) over every word, blocked ones included; blocked words are then never chosen.
 * Returns 0, or -1 when a buffer is not direct, -2 when memory ran out.
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
    best_job job = {x, words, skipping, skipped, n, best, where};
    over_rows(best_rows, &job, rows, NULL);
    (*env)->SetFloatArrayRegion(env, values, 0, rows * n, best);
    (*env)->SetIntArrayRegion(env, columns, 0, rows * n, where);
    free(skipping);
    free(best);
    free(where);
    return 0;
}


void cached_rows(void *data, int first, int last) {
    cached_job *j = data;
    int part = j->width / j->heads;
    if (!make_room((size_t)j->filled)) {
        j->failed = 1;
        return;
    }
    const float **key_rows = scratch_rows;
    const float **value_rows = scratch_rows + j->filled;
    int position = j->filled - 1;
    for (int r = first; r < last; r++) {
        const jint *origin = j->origins + (size_t)r * j->stride;
        /* The row's own new position, which no other row reads: written here, by the row's thread. */
        for (int h = 0; h < j->heads; h++) {
            size_t to = (((size_t)r * j->heads + h) * j->capacity + position) * part;
            size_t from = (size_t)r * j->width + (size_t)h * part;
            memcpy(j->k + to, j->step_k + from, (size_t)part * sizeof(float));
            memcpy(j->v + to, j->step_v + from, (size_t)part * sizeof(float));
        }
        for (int h = 0; h < j->heads; h++) {
            for (int p = 0; p < j->filled; p++) {
                size_t at = (((size_t)origin[p] * j->heads + h) * j->capacity + p) * part;
                key_rows[p] = j->k + at;
                value_rows[p] = j->v + at;
            }
            size_t own = (size_t)r * j->width + (size_t)h * part;
            attend_head(j->q + own, key_rows, value_rows, NULL, j->filled, part, j->scale, scratch_scores,
                        j->out + own);
        }
    }
}

/*
 * Self-attention of one new position per row over every position so far. Each row's keys and
 * values for its new position (filled - 1), stepKeys and stepValues (rows x width, heads side by
 * side), are first written into its own cache row; the cache is (cache rows x heads x capacity x
 * head width) and read through origins: position p of row r is in cache row origins[r * stride + p].
 * Queries and out are (rows x width).
 */
JNIEXPORT jint JNICALL Java_org_rendition_engine_natives_StepKernels_attendCached(
    JNIEnv *env, jclass type, jobject query, jobject stepKeys, jobject stepValues, jobject keys, jobject values,
    jintArray origins, jint stride, jint rows, jint filled, jint capacity, jint width, jint heads, jfloat scale,
    jobject out) {
    (void)type;
    const float *q = (const float *)(*env)->GetDirectBufferAddress(env, query);
    const float *sk = (const float *)(*env)->GetDirectBufferAddress(env, stepKeys);
    const float *sv = (const float *)(*env)->GetDirectBufferAddress(env, stepValues);
    float *k = (float *)(*env)->GetDirectBufferAddress(env, keys);
    float *v = (float *)(*env)->GetDirectBufferAddress(env, values);
    float *o = (float *)(*env)->GetDirectBufferAddress(env, out);
    if (q == NULL || sk == NULL || sv == NULL || k == NULL || v == NULL || o == NULL || filled < 1 || filled > stride
        || filled > capacity) {
        return -1;
    }
    jint *from = (*env)->GetPrimitiveArrayCritical(env, origins, NULL);
    if (from == NULL) {
        return -2;
    }
    cached_job job = {q, sk, sv, k, v, from, stride, filled, capacity, width, heads, scale, o, 0};
    over_rows(cached_rows, &job, rows, NULL);
    (*env)->ReleasePrimitiveArrayCritical(env, origins, from, JNI_ABORT);
    return job.failed ? -2 : 0;
}


/*
 * Positions of a sentence before its trailing padding. Padding gets e^-huge = 0 of the attention:
 * leaving it out changes no sum.
 */
int unpadded(const float *mask, int length) {
    int count = length;
    while (count > 1 && mask[count - 1] < -1e30f) {
        count--;
    }
    return count;
}

void source_rows(void *data, int first, int last) {
    source_job *j = data;
    int part = j->width / j->heads;
    int length = j->length;
    if (!make_room(4 * (size_t)length)) {
        j->failed = 1;
        return;
    }
    for (int r = first; r < last;) {
        size_t sentence = (size_t)j->sentences[r];
        const float *ms = j->mask + sentence * length;
        int count = unpadded(ms, length);
        /* The following rows of the same sentence (its beams), up to four at a time. */
        int group = 1;
        while (group < 4 && r + group < last && (size_t)j->sentences[r + group] == sentence) {
            group++;
        }
        for (int h = 0; h < j->heads; h++) {
            size_t at = (sentence * j->heads + h) * length * part;
            if (part == 64 && avx512) {
                attend_group_64(j->q + (size_t)r * j->width + h * 64, group, j->width, j->k + at, length, j->v + at, ms,
                                count, j->scale, scratch_scores, j->out + (size_t)r * j->width + h * 64);
                continue;
            }
            for (int g = 0; g < group; g++) {
                size_t own = (size_t)(r + g) * j->width + (size_t)h * part;
                attend_transposed_any(j->q + own, j->k + at, length, j->v + at, ms, count, part, j->scale,
                                      scratch_scores, j->out + own);
            }
        }
        r += group;
    }
}

/*
 * Attention of one position per row over its sentence's source: keys are (sentences x heads x
 * head width x length), values (sentences x heads x length x head width), one copy per sentence
 * however many beams read it; row
 * r reads sentence sentenceOf[r], and mask (sentences x length) is added to the scores (0, or a huge
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
    jint *sentences = (*env)->GetPrimitiveArrayCritical(env, sentenceOf, NULL);
    if (sentences == NULL) {
        return -2;
    }
    source_job job = {q, k, v, m, sentences, length, width, heads, scale, o, 0};
    /*
     * A sentence's beams stay with one thread, which reads its source once for all of them; the
     * threads' shares are of equal work, each row weighing its sentence's unpadded length (a batch
     * comes sorted longest first, so equal rows gave the first thread the longest sentences).
     */
    long *work_before = malloc(((size_t)rows + 1) * sizeof(long));
    if (work_before == NULL) {
        (*env)->ReleasePrimitiveArrayCritical(env, sentenceOf, sentences, JNI_ABORT);
        return -2;
    }
    work_before[0] = 0;
    for (int r = 0; r < rows; r++) {
        work_before[r + 1] = work_before[r] + unpadded(m + (size_t)sentences[r] * length, length);
    }
    over_rows_weighed(source_rows, &job, rows, sentences, work_before);
    free(work_before);
    (*env)->ReleasePrimitiveArrayCritical(env, sentenceOf, sentences, JNI_ABORT);
    return job.failed ? -2 : 0;
}


/* Layer normalisation of rows of x + a (of x alone when a is null), as norm_job says. */
CLONED void add_norm_rows(void *data, int first, int last) {
    const norm_job *j = data;
    int width = j->width;
    for (int r = first; r < last; r++) {
        size_t at = (size_t)r * width;
        /* The sum goes where it is kept, or else where the normalised row will be written. */
        float *s = j->sum != NULL ? j->sum + at : j->normed + at;
        const float *a = j->a != NULL ? j->a + at : NULL;
        float total = 0;
        if (a != NULL) {
#pragma omp simd reduction(+ : total)
            for (int i = 0; i < width; i++) {
                s[i] = j->x[at + i] + a[i];
                total += s[i];
            }
        } else {
#pragma omp simd reduction(+ : total)
            for (int i = 0; i < width; i++) {
                s[i] = j->x[at + i];
                total += s[i];
            }
        }
        float mean = total / width;
        float squares = 0;
#pragma omp simd reduction(+ : squares)
        for (int i = 0; i < width; i++) {
            float d = s[i] - mean;
            squares += d * d;
        }
        float scale = 1.0f / sqrtf(squares / width + j->epsilon);
        float shift = -scale * mean;
        float *y = j->normed + at;
#pragma omp simd
        for (int i = 0; i < width; i++) {
            y[i] = (s[i] * scale + shift) * j->gamma[i] + j->beta[i];
        }
        if (j->normed_bf16 != NULL) {
            j->round(y, j->normed_bf16 + at, (size_t)width);
        }
    }
}

/*
 * A residual connection and the layer normalisation after it, in one pass over each row on the
 * calling thread's team: sum = x + a (kept when sum is not null) and normed = LayerNorm(sum) with
 * gamma, beta and epsilon. All rows x width; PyTorch's add and layer_norm on (rows x 512) were two
 * operations on one thread, three times a layer.
 */
JNIEXPORT jint JNICALL Java_org_rendition_engine_natives_StepKernels_addNorm(JNIEnv *env, jclass type, jobject x,
                                                                           jobject a, jobject gamma, jobject beta,
                                                                           jfloat epsilon, jint rows, jint width,
                                                                           jobject sum, jobject normed) {
    (void)type;
    norm_job job = {(const float *)(*env)->GetDirectBufferAddress(env, x),
                    (const float *)(*env)->GetDirectBufferAddress(env, a),
                    (const float *)(*env)->GetDirectBufferAddress(env, gamma),
                    (const float *)(*env)->GetDirectBufferAddress(env, beta),
                    epsilon,
                    width,
                    sum != NULL ? (float *)(*env)->GetDirectBufferAddress(env, sum) : NULL,
                    (float *)(*env)->GetDirectBufferAddress(env, normed),
                    NULL,
                    NULL};
    if (job.x == NULL || job.a == NULL || job.gamma == NULL || job.beta == NULL || job.normed == NULL
        || (sum != NULL && job.sum == NULL)) {
        return -1;
    }
    over_rows(add_norm_rows, &job, rows, NULL);
    return 0;
}
