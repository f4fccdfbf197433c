/* unicode_c.h — Unicode classes and case mapping with Go's unicode semantics, for natives
 * (unicode, strings, bytes). Tables: unicode_tables.c (generated from Go 1.22's unicode). */
#ifndef GORO_UNICODE_C_H
#define GORO_UNICODE_C_H

#include <stdbool.h>
#include <stdint.h>
#include "unicode_tables.h"

enum { UNI_UPPER = 0, UNI_LOWER = 1, UNI_TITLE = 2 };

bool uni_in(int table, int32_t r);    /* r is in unicode_tables[table] */
bool uni_is_letter(int32_t r);
bool uni_is_digit(int32_t r);
bool uni_is_number(int32_t r);
bool uni_is_space(int32_t r);
bool uni_is_upper(int32_t r);
bool uni_is_lower(int32_t r);
bool uni_is_title(int32_t r);
bool uni_is_punct(int32_t r);
bool uni_is_control(int32_t r);
bool uni_is_print(int32_t r);
bool uni_is_graphic(int32_t r);
bool uni_is_mark(int32_t r);
bool uni_is_symbol(int32_t r);
/* unicode.To(c, r) for c in UNI_*: r itself when there is no mapping. */
int32_t uni_to(int c, int32_t r);
int32_t uni_to_upper(int32_t r);
int32_t uni_to_lower(int32_t r);
int32_t uni_to_title(int32_t r);
int32_t uni_simple_fold(int32_t r);

#endif
