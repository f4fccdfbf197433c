/* lexer_internal.h — state and helpers shared by the re2c rules (lexer.re) and lex.c.
 *
 * The scanner works on the source bytes in place. Source text is NUL-terminated (diag.c), and
 * the NUL at text[len] is the re2c sentinel: no rule matches across a NUL, so the scanner never
 * reads past the end. A NUL before text[len] is an invalid character (gc: "invalid NUL
 * character"). Invalid UTF-8 never matches a rule's character class (the classes exclude
 * surrogates, as Go's decoder does) and falls to the default rule, one byte at a time.
 */
#ifndef GORO_LEXER_INTERNAL_H
#define GORO_LEXER_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include "lex.h"

typedef unsigned char uchar;

struct Lexer {
    Source *src;
    const uchar *base;       /* src->text */
    const uchar *end;        /* base + len: the sentinel NUL */
    const uchar *cur;        /* re2c cursor */
    const uchar *mar;        /* re2c backtracking marker */
    const uchar *tok;        /* start of the token being scanned */
    const uchar *line_start; /* first byte of the current line */
    int line;                /* 1-based line of line_start */
    bool nlsemi;             /* a newline or EOF here becomes ';' (Go's semicolon rule) */
    bool done;               /* code 0 returned: keep returning it */
    int errors;              /* errors reported so far */
    StrBuf sbuf;             /* decoded string/rune literal being built */
    int nrunes;              /* runes in a rune literal so far */
    int32_t rune_val;        /* value of the last character or escape scanned */
    bool lit_ok;             /* no error inside the current literal yet */
};

typedef struct LexRange {
    int32_t lo, hi;
} LexRange;

extern const LexRange lex_letter_ranges[], lex_digit_ranges[], lex_print_ranges[];
extern const int lex_letter_ranges_len, lex_digit_ranges_len, lex_print_ranges_len;

/* Position of byte p, which lies on the current line. */
Pos lex_pos(Lexer *lx, const uchar *p);
/* Note that the newline byte just before lx->cur was consumed. */
void lex_newline(Lexer *lx);
/* Report an error at byte p (on the current line); counts it in lx->errors. */
void lex_error_at(Lexer *lx, const uchar *p, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void lex_error_pos(Lexer *lx, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Decode the UTF-8 sequence at p (known valid); stores its length in *n. */
int32_t lex_decode_rune(const uchar *p, int *n);
/* Append rune r to b as UTF-8. */
void lex_put_rune(StrBuf *b, int32_t r);
/* Go's %#U ("U+0040 '@'") and %q of a rune ('a', '\n', '\x00'). */
void lex_fmt_U(char *out, size_t n, int32_t r);
void lex_fmt_q(char *out, size_t n, int32_t r);

/* Token builders called from the rules; each returns the finished token. */
Token lex_make(Lexer *lx, int code);
Token lex_make_semi(Lexer *lx, const uchar *at, const char *why);
Token lex_ident(Lexer *lx);
Token lex_number(Lexer *lx);

/* Sub-scanners (lexer.re) for the bodies of literals and comments. Each starts with lx->cur
 * just after the opening delimiter and leaves it just after the closing one. */
Token lex_string(Lexer *lx);
Token lex_raw_string(Lexer *lx);
Token lex_rune(Lexer *lx);
/* Skips a block comment; returns true if it contained a newline. */
bool lex_block_comment(Lexer *lx);
void lex_line_comment(Lexer *lx);

/* Escape sequence after a backslash (lx->cur at the character after '\'), appending its value
 * to lx->sbuf. quote is the enclosing quote character. */
void lex_escape(Lexer *lx, int quote);
/* One literal character at p inside a rune literal. */
void lex_rune_char(Lexer *lx, const uchar *p);
/* Default-rule handlers: a byte that starts no token. Returns true at the real end of input. */
bool lex_bad_byte(Lexer *lx, const uchar *p);
/* A byte-order mark at p: allowed (skipped) only as the file's first character. */
void lex_bom(Lexer *lx, const uchar *p);

#endif
