/*
 * The vocabulary product with each row's best words found block by block as it runs
 * (StepKernels.vocabularyBest, decision 0032): the 64 x 65,001 logits of a beam-4 x 16 step (16.6 MB)
 * are never written nor read back. The folding of a block into a row's best words is step_kernels.c's
 * (best_of_block, merge_bests); the product is bf16_products.c's, lent through team_products.h.
 */
#include <stdlib.h>

#include "step_kernels.h"
#include "team_products.h"

/* The vocabulary product with each row's best words found block by block (StepKernels.vocabularyBest). */
typedef struct {
    product product;
    vocabulary_best best;
    const float *hidden;
    int inputs;
    float *values;
    int *columns;
} vocabulary_job;

static void vocabulary_member(void *data) {
    vocabulary_job *j = data;
    int members = omp_threads != NULL ? omp_threads() : 1;
    int me = omp_thread != NULL ? omp_thread() : 0;
    int rows = j->product.rows;
    int first = (int)((long)rows * me / members);
    int last = (int)((long)rows * (me + 1) / members);
    size_t at = (size_t)first * j->inputs;
    products->round(j->hidden + at, j->product.x + at, (size_t)(last - first) * j->inputs);
    start_bests(&j->best, me);
    team_barrier(members);
    multiply_share(&j->product, me, members);
    team_barrier(members);
    merge_bests(&j->best, members, first, last, j->values, j->columns);
}

/*
 * For each of rows rows of hidden (rows x inputs): the n best words of hidden . W^T + bias and their
 * log-probabilities over every word, as StepKernels.rowBest gives them from logits, without the
 * logits ever being written: the blocks of the product are folded into each row's best words while
 * in cache. skip lists columns that count in the normaliser but are never chosen. Returns 0; -1 when
 * an argument is wrong or a buffer not direct; -2 when memory ran out.
 */
JNIEXPORT jint JNICALL Java_org_rendition_engine_natives_StepKernels_vocabularyBest(
    JNIEnv *env, jclass type, jlong weight, jobject bias, jobject hidden, jint rows, jint inputs, jintArray skip,
    jint n, jfloatArray values, jintArray columns) {
    (void)type;
    const matrix *m = (const matrix *)(intptr_t)weight;
    if (products == NULL || m == NULL || m->blocks == 0 || m->inputs != inputs || rows < 1 || n < 1 || n > MOST_BEST
        || (*env)->GetArrayLength(env, values) < rows * n || (*env)->GetArrayLength(env, columns) < rows * n) {
        return -1;
    }
    vocabulary_job j = {0};
    j.hidden = (const float *)(*env)->GetDirectBufferAddress(env, hidden);
    const float *add = bias != NULL ? (const float *)(*env)->GetDirectBufferAddress(env, bias) : NULL;
    if (j.hidden == NULL || (bias != NULL && add == NULL)) {
        return -1;
    }
    int threads = gomp_parallel != NULL && gomp_barrier != NULL ? omp_max_threads() : 1;
    int skipped = (*env)->GetArrayLength(env, skip);
    size_t rounded = ((size_t)rows * inputs * sizeof(uint16_t) + 63) / 64 * 64;
    size_t bests = (size_t)threads * rows * sizeof(running_best);
    size_t found = (size_t)rows * n;
    size_t size = rounded + bests + found * (sizeof(float) + sizeof(int)) + ((size_t)skipped + 1) * sizeof(int);
    char *block = aligned_alloc(64, (size + 63) / 64 * 64);
    if (block == NULL) {
        return -2;
    }
    j.product.parts = 1;
    j.product.m[0] = m;
    j.product.bias[0] = add;
    j.product.x = (uint16_t *)block;
    j.product.activation = NONE;
    j.product.rows = rows;
    j.product.block_done = best_of_block;
    j.product.context = &j.best;
    j.best.bests = (running_best *)(block + rounded);
    j.best.rows = rows;
    j.best.n = n;
    j.values = (float *)(block + rounded + bests);
    j.columns = (int *)(j.values + found);
    int *skipping = j.columns + found;
    (*env)->GetIntArrayRegion(env, skip, 0, skipped, skipping);
    j.best.skip = skipping;
    j.best.skipped = skipped;
    j.inputs = inputs;
    if (threads > 1) {
        gomp_parallel(vocabulary_member, &j, (unsigned)threads, 0);
    } else {
        vocabulary_member(&j);
    }
    (*env)->SetFloatArrayRegion(env, values, 0, rows * n, j.values);
    (*env)->SetIntArrayRegion(env, columns, 0, rows * n, j.columns);
    free(block);
    return 0;
}
