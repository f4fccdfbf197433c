/* lex.h — the Go scanner's API, with automatic semicolon insertion. Hand-written: the re2c rules
 * are lexer.re, generated into build/gen/lexer.c.
 *
 * Token codes are lemon's (build/gen/grammar.h, TK_ prefix). The lexer decodes string and rune
 * literals and reports invalid input (stray characters, unterminated literals, bad escapes,
 * invalid UTF-8) as positioned errors through diag.
 */
#ifndef GORO_LEXER_H
#define GORO_LEXER_H

#include <stddef.h>
#include <stdint.h>
#include "../util/diag.h"
#include "../util/vec.h"

typedef struct Token {
    int code;           /* TK_* from grammar.h; 0 = end of input */
    Pos pos;
    const char *text;   /* the token's source text (interned for identifiers) */
    size_t len;
    const char *str;    /* decoded value of string literals (may contain NUL) */
    size_t slen;
    int32_t rune;       /* decoded value of rune literals */
    bool implicit;      /* a ';' inserted at a newline or EOF (text "newline" / "EOF") */
} Token;

typedef struct Lexer Lexer;

Lexer *lex_new(Source *src);
/* Next token; after the end, returns code 0 forever. */
Token lex_next(Lexer *lx);
/* Print the token stream as `goro --tokens` does: one token per line, "LINE:COL\tNAME\tTEXT",
 * NAME from lex_token_dump_name, TEXT the source text with control characters escaped
 * (\n \r \t \xNN); implicit semicolons print "newline" or "EOF"; a last "EOF" line ends it. */
void lex_dump(Source *src, StrBuf *out);
/* Spelling of a token code for messages, as gc's tokstring: "name", "literal", "(", "comma",
 * "semicolon or newline", "func"... */
const char *lex_token_name(int code);
/* The name `goro --tokens` prints for a token code (go/token's: IDENT, ADD, LPAREN...). */
const char *lex_token_dump_name(int code);
/* Skip the rest of the first line (a #! line); its newline is still scanned. */
void lex_skip_line(Lexer *lx);
/* The whole input has been read (e.g. an unterminated literal or comment ran to the end). */
bool lex_at_end(Lexer *lx);
/* Lexical errors reported so far by this lexer. */
int lex_error_count(Lexer *lx);

#endif
