/* test_lexer.c — the scanner: semicolon insertion, every token and literal form, literal
 * decoding, positions, gc's lexical errors, and the `goro --tokens` format. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include "grammar.h"
#include "lexer/lex.h"
#include "util/mem.h"

static void setup(void) { mem_init(); }
TestSuite(lexer, .init = setup);

#define MAXTOK 256
typedef struct Lexed {
    Token t[MAXTOK];
    int n;
} Lexed;

static Source *mksrc(const char *text, size_t len) { return src_add("t.go", text, len); }

/* All tokens of text, the final code 0 included. */
static Lexed lex_all_n(const char *text, size_t len) {
    Lexed r = {0};
    Lexer *lx = lex_new(mksrc(text, len));
    do {
        r.t[r.n] = lex_next(lx);
    } while (r.t[r.n++].code != 0 && r.n < MAXTOK);
    return r;
}
static Lexed lex_all(const char *text) { return lex_all_n(text, strlen(text)); }

/* The token codes as a space-separated list of --tokens names. */
static char *names(const char *text) {
    Lexed r = lex_all(text);
    StrBuf b;
    sb_init(&b);
    for (int i = 0; i < r.n; i++) {
        if (i) sb_putc(&b, ' ');
        sb_puts(&b, lex_token_dump_name(r.t[i].code));
    }
    return sb_cstr(&b);
}

/* Everything diag collected, as printed, then cleared. */
static char *errors(void) {
    char *buf = NULL;
    size_t len = 0;
    FILE *old = stderr;
    stderr = open_memstream(&buf, &len);
    diag_flush();
    fclose(stderr);
    stderr = old;
    diag_reset();
    return buf;
}

static char *errors_of(const char *text) {
    lex_all(text);
    return errors();
}

static char *errors_of_n(const char *text, size_t n) {
    lex_all_n(text, n);
    return errors();
}

/* ---- semicolon insertion ---- */

Test(lexer, semicolon_after_statement_enders) {
    cr_assert_str_eq(names("x\n"), "IDENT SEMICOLON EOF");
    cr_assert_str_eq(names("1\n2.5\n3i\n'a'\n\"s\"\n`r`\n"),
                     "INT SEMICOLON FLOAT SEMICOLON IMAG SEMICOLON CHAR SEMICOLON STRING SEMICOLON STRING SEMICOLON EOF");
    cr_assert_str_eq(names("break\ncontinue\nfallthrough\nreturn\n"),
                     "BREAK SEMICOLON CONTINUE SEMICOLON FALLTHROUGH SEMICOLON RETURN SEMICOLON EOF");
    cr_assert_str_eq(names("x++\ny--\n)\n]\n}\n"),
                     "IDENT INC SEMICOLON IDENT DEC SEMICOLON RPAREN SEMICOLON RBRACK SEMICOLON RBRACE SEMICOLON EOF");
}

Test(lexer, no_semicolon_after_other_tokens) {
    cr_assert_str_eq(names("x +\ny"), "IDENT ADD IDENT SEMICOLON EOF");
    cr_assert_str_eq(names("f(\na,\n)"), "IDENT LPAREN IDENT COMMA RPAREN SEMICOLON EOF");
    cr_assert_str_eq(names("if {\n"), "IF LBRACE EOF");
    cr_assert_str_eq(names("func\ngo\nchan\n"), "FUNC GO CHAN EOF");
    cr_assert_str_eq(names("\n\n\n"), "EOF");
}

Test(lexer, semicolon_at_eof_and_implicit_text) {
    Lexed r = lex_all("x");
    cr_assert_eq(r.n, 3);
    cr_assert_eq(r.t[1].code, TK_SEMICOLON);
    cr_assert(r.t[1].implicit);
    cr_assert_str_eq(r.t[1].text, "EOF");
    r = lex_all("x\n");
    cr_assert(r.t[1].implicit);
    cr_assert_str_eq(r.t[1].text, "newline");
    cr_assert_eq(r.t[1].pos.line, 1);
    cr_assert_eq(r.t[1].pos.col, 2);
    r = lex_all("x;y");
    cr_assert_not(r.t[1].implicit);
    cr_assert_eq(r.t[1].len, 1);
}

Test(lexer, comments_and_semicolons) {
    /* a line comment keeps the newline that ends it */
    cr_assert_str_eq(names("x // c\ny"), "IDENT SEMICOLON IDENT SEMICOLON EOF");
    /* a block comment spanning lines is a newline; on one line it is nothing */
    cr_assert_str_eq(names("x /* a\nb */ y"), "IDENT SEMICOLON IDENT SEMICOLON EOF");
    cr_assert_str_eq(names("x /* a */ y"), "IDENT IDENT SEMICOLON EOF");
    cr_assert_str_eq(names("+ /* a\nb */ y"), "ADD IDENT SEMICOLON EOF");
    Lexed r = lex_all("x /* a\nb */ y");
    cr_assert_eq(r.t[1].pos.line, 1); /* the semicolon sits where the comment starts */
    cr_assert_eq(r.t[1].pos.col, 3);
    cr_assert_eq(r.t[2].pos.line, 2);
    cr_assert_eq(r.t[2].pos.col, 6);
    cr_assert_str_eq(names("x // at EOF"), "IDENT SEMICOLON EOF");
}

/* ---- tokens ---- */

Test(lexer, keywords) {
    cr_assert_str_eq(names("break case chan const continue default defer else fallthrough for func go goto "
                           "if import interface map package range return select struct switch type var"),
                     "BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO GOTO IF IMPORT "
                     "INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE VAR EOF");
    cr_assert_str_eq(names("breaks _ iff Func"), "IDENT IDENT IDENT IDENT SEMICOLON EOF");
}

Test(lexer, operators) {
    cr_assert_str_eq(names("+ - * / % & | ^ << >> &^"),
                     "ADD SUB MUL QUO REM AND OR XOR SHL SHR AND_NOT EOF");
    cr_assert_str_eq(names("+= -= *= /= %= &= |= ^= <<= >>= &^="),
                     "ADD_ASSIGN SUB_ASSIGN MUL_ASSIGN QUO_ASSIGN REM_ASSIGN AND_ASSIGN OR_ASSIGN XOR_ASSIGN "
                     "SHL_ASSIGN SHR_ASSIGN AND_NOT_ASSIGN EOF");
    cr_assert_str_eq(names("&& || <- == < > = ! != <= >= := ... ( [ { , . ; : ~"),
                     "LAND LOR ARROW EQL LSS GTR ASSIGN NOT NEQ LEQ GEQ DEFINE ELLIPSIS LPAREN LBRACK LBRACE "
                     "COMMA PERIOD SEMICOLON COLON TILDE EOF");
    cr_assert_str_eq(names("a..b"), "IDENT PERIOD PERIOD IDENT SEMICOLON EOF");
    cr_assert_str_eq(names("<<-1"), "SHL SUB INT SEMICOLON EOF");
}

Test(lexer, identifiers_unicode_and_interning) {
    Lexed r = lex_all("été _x9 π日本 été");
    cr_assert_eq(r.t[0].code, TK_IDENT);
    cr_assert_str_eq(r.t[0].text, "été");
    cr_assert_str_eq(r.t[1].text, "_x9");
    cr_assert_str_eq(r.t[2].text, "π日本");
    cr_assert_eq(r.t[0].text, r.t[3].text, "equal names are one interned string");
    cr_assert_eq(r.t[3].pos.col, 20, "columns count bytes");
    cr_assert_str_eq(errors(), "");
}

Test(lexer, token_names_cover_every_code) {
    for (int code = 1; code <= TK_START_REPL; code++) {
        cr_assert_str_neq(lex_token_dump_name(code), "?", "code %d has no dump name", code);
        cr_assert_str_neq(lex_token_name(code), "?", "code %d has no message name", code);
    }
    cr_assert_str_eq(lex_token_name(TK_IDENT), "name");
    cr_assert_str_eq(lex_token_name(TK_COMMA), "comma");
    cr_assert_str_eq(lex_token_name(TK_SEMICOLON), "semicolon or newline");
    cr_assert_str_eq(lex_token_name(TK_FUNC), "func");
    cr_assert_str_eq(lex_token_name(TK_LBRACE), "{");
}

/* ---- literals ---- */

static void expect_lit(const char *text, int code) {
    Lexed r = lex_all(text);
    cr_assert_eq(r.t[0].code, code, "%s: got %s", text, lex_token_dump_name(r.t[0].code));
    cr_assert_eq(r.t[0].len, strlen(text), "%s: token length %zu", text, r.t[0].len);
    char *e = errors();
    cr_assert_str_eq(e, "", "%s: unexpected error %s", text, e);
}

Test(lexer, integer_literals) {
    const char *ints[] = {"0", "42", "1_000_000", "0x1F", "0XaB_cd", "0o17", "0O7", "017", "0b1011",
                          "0B_1", "0_7", "0x_1"};
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) expect_lit(ints[i], TK_INT);
}

Test(lexer, float_literals) {
    const char *floats[] = {"1.5", ".5", "1.", "1e10", "1E-3", "1.e+3", "0.", "08.5", "089e1",
                            "0x1p-2", "0x1.8p1", "0X.8P0", "1_000.000_1", "0x_1p4"};
    for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++) expect_lit(floats[i], TK_FLOAT);
}

Test(lexer, imaginary_literals) {
    const char *imags[] = {"1i", "0i", "1.5i", ".5i", "1e3i", "0x1p2i", "0b1i", "0o7i", "017i"};
    for (size_t i = 0; i < sizeof imags / sizeof imags[0]; i++) expect_lit(imags[i], TK_IMAG);
}

static int32_t rune_of(const char *text) {
    Lexed r = lex_all(text);
    cr_assert_eq(r.t[0].code, TK_CHAR, "%s", text);
    char *e = errors();
    cr_assert_str_eq(e, "", "%s: %s", text, e);
    return r.t[0].rune;
}

Test(lexer, rune_literals_decode) {
    cr_assert_eq(rune_of("'a'"), 'a');
    cr_assert_eq(rune_of("'é'"), 0xE9);
    cr_assert_eq(rune_of("'😀'"), 0x1F600);
    cr_assert_eq(rune_of("'\\n'"), '\n');
    cr_assert_eq(rune_of("'\\a'"), 7);
    cr_assert_eq(rune_of("'\\\\'"), '\\');
    cr_assert_eq(rune_of("'\\''"), '\'');
    cr_assert_eq(rune_of("'\\x41'"), 0x41);
    cr_assert_eq(rune_of("'\\xff'"), 0xFF);
    cr_assert_eq(rune_of("'\\101'"), 0101);
    cr_assert_eq(rune_of("'\\u00e9'"), 0xE9);
    cr_assert_eq(rune_of("'\\U0001F600'"), 0x1F600);
    cr_assert_eq(rune_of("'\"'"), '"');
}

Test(lexer, string_literals_decode) {
    Lexed r = lex_all("\"a\\tb\\x00c\\u00e9\\U0001F600\\101\\\"\"");
    cr_assert_eq(r.t[0].code, TK_STRING);
    const char want[] = "a\tb\0c\xc3\xa9\xf0\x9f\x98\x80" "A\"";
    cr_assert_eq(r.t[0].slen, sizeof want - 1);
    cr_assert(memcmp(r.t[0].str, want, sizeof want - 1) == 0);
    r = lex_all("\"\\xff\\377\"");
    cr_assert_eq(r.t[0].slen, 2, "byte escapes are single bytes");
    cr_assert_eq((unsigned char)r.t[0].str[0], 0xFF);
    cr_assert_eq((unsigned char)r.t[0].str[1], 0xFF);
    r = lex_all("\"\"");
    cr_assert_eq(r.t[0].slen, 0);
    cr_assert_str_eq(errors(), "");
}

Test(lexer, raw_strings) {
    Lexed r = lex_all("`a\\n\r\nb` x");
    cr_assert_eq(r.t[0].code, TK_STRING);
    cr_assert_eq(r.t[0].slen, 5, "the carriage return is dropped");
    cr_assert(memcmp(r.t[0].str, "a\\n\nb", 5) == 0);
    cr_assert_eq(r.t[0].len, 8, "the text keeps it");
    cr_assert_eq(r.t[1].code, TK_IDENT);
    cr_assert_eq(r.t[1].pos.line, 2, "lines are counted inside raw strings");
    cr_assert_eq(r.t[1].pos.col, 4);
    cr_assert_eq(r.t[0].pos.line, 1);
}

Test(lexer, positions_across_lines) {
    Lexed r = lex_all("package main\n\n\tfunc f() {}\n");
    cr_assert_eq(r.t[0].pos.line, 1);
    cr_assert_eq(r.t[0].pos.col, 1);
    cr_assert_eq(r.t[1].pos.col, 9);
    cr_assert_eq(r.t[3].code, TK_FUNC);
    cr_assert_eq(r.t[3].pos.line, 3);
    cr_assert_eq(r.t[3].pos.col, 2, "a tab is one column");
    cr_assert_eq(r.t[r.n - 1].pos.line, 4, "EOF after the final newline");
    cr_assert_eq(r.t[r.n - 1].pos.col, 1);
}

/* ---- errors: gc's texts at gc's positions ---- */

Test(lexer, error_invalid_characters) {
    cr_assert_str_eq(errors_of("x @ y"), "t.go:1:3: invalid character U+0040 '@'\n");
    cr_assert_str_eq(errors_of("a\n  $"), "t.go:2:3: invalid character U+0024 '$'\n");
    cr_assert_str_eq(errors_of("x \x01"), "t.go:1:3: invalid character U+0001\n");
    cr_assert_str_eq(errors_of("x := ?"), "t.go:1:6: invalid character U+003F '?'\n");
    cr_assert_str_eq(errors_of("x €"), "t.go:1:3: invalid character U+20AC '€' in identifier\n");
    cr_assert_str_eq(errors_of("x ٣"), "t.go:1:3: identifier cannot begin with digit U+0663 '٣'\n");
}

Test(lexer, error_invalid_bytes) {
    cr_assert_str_eq(errors_of("x \xff y"), "t.go:1:3: invalid UTF-8 encoding\n");
    cr_assert_str_eq(errors_of("\"a\xc3\""), "t.go:1:3: invalid UTF-8 encoding\n");
    cr_assert_str_eq(errors_of("x \xed\xa0\x80"), "t.go:1:3: invalid UTF-8 encoding\n",
                     "surrogates are invalid, one error per byte, printed once per line (gc drops a text "
                     "repeated on a line)");
    cr_assert_str_eq(errors_of_n("x \0 y", 5), "t.go:1:3: invalid NUL character\n");
    cr_assert_str_eq(errors_of("\xef\xbb\xbfpackage p"), "", "a leading BOM is skipped");
    cr_assert_str_eq(errors_of("x \xef\xbb\xbf"), "t.go:1:3: invalid BOM in the middle of the file\n");
}

Test(lexer, error_unterminated) {
    cr_assert_str_eq(errors_of("x := \"abc\ny"), "t.go:1:10: newline in string\n");
    cr_assert_str_eq(errors_of("x := \"abc"), "t.go:1:6: string not terminated\n");
    cr_assert_str_eq(errors_of("x := `abc\ny"), "t.go:1:6: string not terminated\n");
    cr_assert_str_eq(errors_of("x\n/* abc\n"), "t.go:2:1: comment not terminated\n");
    cr_assert_str_eq(errors_of("x := 'a"), "t.go:1:6: rune literal not terminated\n");
    cr_assert_str_eq(errors_of("x := 'a\n"), "t.go:1:8: newline in rune literal\n");
}

Test(lexer, error_runes) {
    cr_assert_str_eq(errors_of("x := ''"), "t.go:1:7: empty rune literal or unescaped '\n");
    cr_assert_str_eq(errors_of("x := 'ab'"), "t.go:1:6: more than one character in rune literal\n");
}

Test(lexer, error_escapes) {
    cr_assert_str_eq(errors_of("\"a\\qb\""), "t.go:1:4: unknown escape\n");
    cr_assert_str_eq(errors_of("'\\\"'"), "t.go:1:3: unknown escape\n");
    cr_assert_str_eq(errors_of("\"\\'\""), "t.go:1:3: unknown escape\n");
    cr_assert_str_eq(errors_of("\"\\x4g\""), "t.go:1:5: invalid character 'g' in hexadecimal escape\n");
    cr_assert_str_eq(errors_of("\"\\19\""), "t.go:1:4: invalid character '9' in octal escape\n");
    cr_assert_str_eq(errors_of("\"\\400\""), "t.go:1:6: octal escape value 256 > 255\n");
    cr_assert_str_eq(errors_of("'\\uD800'"), "t.go:1:8: escape is invalid Unicode code point U+D800\n");
    cr_assert_str_eq(errors_of("'\\U00110000'"), "t.go:1:12: escape is invalid Unicode code point U+110000\n");
    cr_assert_str_eq(errors_of("\"\\x\""), "t.go:1:4: invalid character '\"' in hexadecimal escape\n");
}

Test(lexer, error_numbers) {
    cr_assert_str_eq(errors_of("x := 089"), "t.go:1:7: invalid digit '8' in octal literal\n");
    cr_assert_str_eq(errors_of("x := 0b102"), "t.go:1:10: invalid digit '2' in binary literal\n");
    cr_assert_str_eq(errors_of("x := 0o8"), "t.go:1:8: invalid digit '8' in octal literal\n");
    cr_assert_str_eq(errors_of("x := 0x"), "t.go:1:8: hexadecimal literal has no digits\n");
    cr_assert_str_eq(errors_of("x := 0b"), "t.go:1:8: binary literal has no digits\n");
    cr_assert_str_eq(errors_of("x := 1e"), "t.go:1:8: exponent has no digits\n");
    cr_assert_str_eq(errors_of("x := 1e+"), "t.go:1:9: exponent has no digits\n");
    cr_assert_str_eq(errors_of("x := 0x1.5"), "t.go:1:11: hexadecimal mantissa requires a 'p' exponent\n");
    cr_assert_str_eq(errors_of("x := 1p3"), "t.go:1:7: 'p' exponent requires hexadecimal mantissa\n");
    cr_assert_str_eq(errors_of("x := 0b1e3"), "t.go:1:9: 'e' exponent requires decimal mantissa\n");
    cr_assert_str_eq(errors_of("x := 0o1.5"), "t.go:1:9: invalid radix point in octal literal\n");
    cr_assert_str_eq(errors_of("x := 1__0"), "t.go:1:8: '_' must separate successive digits\n");
    cr_assert_str_eq(errors_of("x := 1_"), "t.go:1:7: '_' must separate successive digits\n");
    cr_assert_str_eq(errors_of("x := 0x_"), "t.go:1:9: hexadecimal literal has no digits\n");
}

Test(lexer, error_count_and_recovery) {
    Lexer *lx = lex_new(mksrc("a @ b # c", 9)); /* '#' and '@' are not Go */
    int codes[8], n = 0;
    Token t;
    do {
        t = lex_next(lx);
        codes[n++] = t.code;
    } while (t.code && n < 8);
    cr_assert_eq(lex_error_count(lx), 2, "both invalid characters reported");
    cr_assert_eq(codes[0], TK_IDENT);
    cr_assert_eq(codes[1], TK_IDENT, "the invalid character is skipped");
    cr_assert_eq(codes[2], TK_IDENT);
    (void)errors();
}

/* ---- goro --tokens ---- */

Test(lexer, dump_format) {
    StrBuf b;
    sb_init(&b);
    const char *text = "package p\nvar s = `a\nb`\n";
    lex_dump(mksrc(text, strlen(text)), &b);
    cr_assert_str_eq(b.data,
                     "1:1\tPACKAGE\tpackage\n"
                     "1:9\tIDENT\tp\n"
                     "1:10\tSEMICOLON\tnewline\n"
                     "2:1\tVAR\tvar\n"
                     "2:5\tIDENT\ts\n"
                     "2:7\tASSIGN\t=\n"
                     "2:9\tSTRING\t`a\\nb`\n"
                     "3:3\tSEMICOLON\tnewline\n"
                     "4:1\tEOF\t\n");
}

Test(lexer, skip_hashbang_line) {
    const char *text = "#!/usr/bin/env goro\npackage p";
    Lexer *lx = lex_new(mksrc(text, strlen(text)));
    lex_skip_line(lx);
    Token t = lex_next(lx);
    cr_assert_eq(t.code, TK_PACKAGE);
    cr_assert_eq(t.pos.line, 2);
    cr_assert_eq(t.pos.col, 1);
}
