/*
 * The bfloat16 products as bf16_products.c lends them to step_kernels.c (decision 0032): a whole
 * decoding step runs in one OpenMP team, so its products must run as shares of that team rather
 * than as parallel regions of their own. The two libraries stay separate (the products bind
 * libtorch's micro-kernel; the step kernels need no bfloat16 at all), so the products library hands
 * out a table of its functions, and this header is the types both read.
 */
#ifndef RENDITION_BF16_TEAM_H
#define RENDITION_BF16_TEAM_H

#include <stddef.h>
#include <stdint.h>

/* Products of the same input run as one (a self-attention's query, key and value). */
enum { MOST_PARTS = 3 };

/* What follows the bias, as Activation.java numbers them. */
enum { NONE = 0, RELU = 1, SWISH = 2 };

/* A weight matrix (outputs x inputs) in bfloat16: row by row for MKL, or packed in blocks of columns. */
typedef struct {
    int outputs;
    int inputs;
    int blocks;
    uint16_t *values;
} matrix;

/*
 * out[j] = activation(x . W_j^T + bias[j]) for each part j, x (rows x inputs) already rounded to
 * bfloat16 (input is its float32 original, read only when the product rounds it itself). When
 * rounded_out is not null, the first part's output is also written there, rounded to bfloat16 block
 * by block while in cache: the input of the product that follows (a feed-forward layer's second).
 */
typedef struct {
    int parts;
    const matrix *m[MOST_PARTS];
    const float *bias[MOST_PARTS];
    float *out[MOST_PARTS];
    const float *input;
    uint16_t *x;
    int activation;
    int rows;
    uint16_t *rounded_out;
    /*
     * When not null, each finished block (bias and activation applied) is handed here instead of
     * being written to out: rows x width floats at a stride of 64, for rows [first_row, first_row +
     * rows) and columns [start, start + width) of the first part (the vocabulary's best words are
     * found this way without writing the logits).
     */
    void (*block_done)(void *context, const float *block, int first_row, int rows, int start, int width);
    void *context;
} product;

/* The products library's functions a team member calls. */
typedef struct {
    /* Rounds count floats to bfloat16, to nearest even, as torch does. */
    void (*round)(const float *from, uint16_t *to, size_t count);
    /* Multiplies the product's column blocks [first, last), the parts' blocks taken one after another. */
    void (*multiply)(const product *p, int first, int last);
} bf16_team_calls;

static inline int product_blocks(const product *p) {
    int blocks = 0;
    for (int j = 0; j < p->parts; j++) {
        blocks += p->m[j]->blocks;
    }
    return blocks;
}

#endif
