/*
 * What step_kernels.c shares with decoder_step.c, which runs every layer of a decoding step in one
 * OpenMP team from the same pieces (decision 0032). Built into one library with -fvisibility=hidden:
 * only the JNI entry points are exported.
 */
#ifndef RENDITION_STEP_KERNELS_H
#define RENDITION_STEP_KERNELS_H

#include <jni.h>
#include <stdint.h>

/* The calling thread's OpenMP team, bound from the libgomp libtorch loaded; null when unbound. */
typedef void (*gomp_parallel_fn)(void (*fn)(void *), void *data, unsigned threads, unsigned flags);
typedef void (*gomp_barrier_fn)(void);
typedef int (*omp_int_fn)(void);
extern gomp_parallel_fn gomp_parallel;
extern gomp_barrier_fn gomp_barrier;
extern omp_int_fn omp_max_threads;
extern omp_int_fn omp_thread;
extern omp_int_fn omp_threads;

/* A share of rows for one member of a team: [first, last). */
typedef struct {
    void (*work)(void *job, int first, int last);
    void *job;
    int rows;
    const jint *groups; /* rows with the same value stay in one share; null for any cut */
    const long *work_before; /* work of the rows before each row (rows + 1 entries); null for equal rows */
} team_work;

/* Where member's share of w's rows begins (members + 1 cuts, the last at w->rows). */
int cut(const team_work *w, int member, int members);

/* Self-attention of one new position per row over its cache (StepKernels.attendCached). */
typedef struct {
    const float *q;
    const float *step_k;
    const float *step_v;
    float *k;
    float *v;
    const jint *origins;
    int stride;
    int filled;
    int capacity;
    int width;
    int heads;
    float scale;
    float *out;
    int failed;
} cached_job;

void cached_rows(void *job, int first, int last);

/* Attention of one position per row over its sentence's source (StepKernels.attendSource). */
typedef struct {
    const float *q;
    const float *k;
    const float *v;
    const float *mask;
    const jint *sentences;
    int length;
    int width;
    int heads;
    float scale;
    float *out;
    int failed;
} source_job;

void source_rows(void *job, int first, int last);

/* Positions of a sentence before its trailing padding. */
int unpadded(const float *mask, int length);

/*
 * normed = LayerNorm(x + a) with gamma, beta and epsilon; a may be null (the norm of x alone), the
 * sum is kept in sum when not null, and the normalised row is also rounded into normed_bf16 (with
 * round) when that is not null.
 */
typedef struct {
    const float *x;
    const float *a;
    const float *gamma;
    const float *beta;
    float epsilon;
    int width;
    float *sum;
    float *normed;
    uint16_t *normed_bf16;
    void (*round)(const float *from, uint16_t *to, size_t count);
} norm_job;

void add_norm_rows(void *job, int first, int last);

/*
 * One row's best words within one team member's share of the vocabulary product's blocks: the
 * largest logit seen, the sum of e^(x - max) over those seen, and the n best outside the blocked
 * columns (best first, equal values in column order).
 */
enum { MOST_BEST = 32 };

typedef struct {
    float max;
    float sum;
    float values[MOST_BEST];
    int columns[MOST_BEST];
} running_best;

typedef struct {
    running_best *bests; /* members x rows */
    int rows;
    int n;
    const int *skip;
    int skipped;
} vocabulary_best;

/* Starts member's rows: nothing seen. */
void start_bests(vocabulary_best *v, int member);

/* The product's block_done (bf16_team.h): folds a finished block of logits into the calling member's rows. */
void best_of_block(void *context, const float *block, int first_row, int rows, int start, int width);

/*
 * Rows [first, last) over all members: each row's n best words' log-probabilities, (x - max) -
 * log(sum of e^(x - max)) over every word, into values and columns (rows x n).
 */
void merge_bests(const vocabulary_best *v, int members, int first, int last, float *values, int *columns);

#endif
