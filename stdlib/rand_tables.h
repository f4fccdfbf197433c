/* rand_tables.h — tables of math/rand (rand_tables.c, generated from Go 1.22's sources). */
#ifndef GORO_RAND_TABLES_H
#define GORO_RAND_TABLES_H

#include <stdint.h>

extern const int64_t rand_rng_cooked[607];
extern const uint32_t rand_kn[128], rand_ke[256];
extern const float rand_wn[128], rand_fn[128], rand_we[256], rand_fe[256];

#endif
