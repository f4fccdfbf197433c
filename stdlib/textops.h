/* textops.h — byte-string algorithms shared by the strings and bytes natives, with Go's exact
 * semantics (invalid UTF-8 decodes as U+FFFD, width 1, as in `for range`). Inputs are
 * (pointer, length) pairs; nothing here allocates unless it says so. */
#ifndef GORO_TEXTOPS_H
#define GORO_TEXTOPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "../util/vec.h"

typedef struct TxtSpan {
    int64_t start, end;
} TxtSpan;

/* strings.Index / LastIndex / IndexByte / LastIndexByte / Count (empty sep: runes + 1). */
int64_t txt_index(const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m);
int64_t txt_last_index(const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m);
int64_t txt_index_byte(const uint8_t *s, int64_t n, uint8_t c);
int64_t txt_last_index_byte(const uint8_t *s, int64_t n, uint8_t c);
int64_t txt_count(const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m);
/* IndexRune: U+FFFD also finds the first invalid byte; invalid runes are never found. */
int64_t txt_index_rune(const uint8_t *s, int64_t n, int32_t r);
int64_t txt_index_any(const uint8_t *s, int64_t n, const uint8_t *chars, int64_t m);
int64_t txt_last_index_any(const uint8_t *s, int64_t n, const uint8_t *chars, int64_t m);

/* Trim with a cutset: *start and *end delimit the result within s. left/right select the sides. */
void txt_trim(const uint8_t *s, int64_t n, const uint8_t *cutset, int64_t m, bool left, bool right,
              int64_t *start, int64_t *end);
/* TrimSpace (unicode.IsSpace). */
void txt_trim_space(const uint8_t *s, int64_t n, int64_t *start, int64_t *end);

/* Fields: the spans of the non-space runs of s (unicode.IsSpace); returns how many. *out is
 * allocated by alloc (every span is written: it need not clear); NULL when 0. */
int64_t txt_fields(const uint8_t *s, int64_t n, TxtSpan **out, void *(*alloc)(size_t));

/* strings.EqualFold (simple Unicode case folding). */
bool txt_equal_fold(const uint8_t *s, int64_t n, const uint8_t *t, int64_t m);

/* Case mappings as strings.Map / bytes.Map(unicode.ToX, s): appends the mapped text to out
 * (invalid bytes become U+FFFD) and returns whether it differs from s (strings.Map then
 * returns s itself). kind: 'U' ToUpper, 'L' ToLower, 'T' ToTitle, 'W' Title (the first
 * letter of each word to title case). */
bool txt_map_case(const uint8_t *s, int64_t n, char kind, StrBuf *out);

#endif
