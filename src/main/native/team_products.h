/*
 * The bfloat16 products as the step kernels' whole-step and vocabulary calls use them inside one
 * OpenMP team (decision 0032): the products library's table of functions, which decoder_step.c
 * receives (StepKernels.useProducts), and a team member's share of a product.
 */
#ifndef RENDITION_TEAM_PRODUCTS_H
#define RENDITION_TEAM_PRODUCTS_H

#include "bf16_team.h"

/* Null until StepKernels.useProducts hands the table over. */
extern const bf16_team_calls *products;

/* Waits for the team's other members (nothing to wait for alone). */
void team_barrier(int members);

/* Multiplies this member's share of the product's column blocks. */
void multiply_share(const product *p, int me, int members);

#endif
