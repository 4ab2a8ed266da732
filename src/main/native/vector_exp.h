/* e^x for the project's native kernels (step_kernels.c, bf16_products.c). */
#ifndef RENDITION_VECTOR_EXP_H
#define RENDITION_VECTOR_EXP_H

#include <stdint.h>

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

#endif
