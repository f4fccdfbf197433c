/* lexer.re — the rules of goro's Go scanner (re2c). Logic lives in lex.c.
 *
 * Built with `re2c -8 --input-encoding utf8`: character classes are sets of code points, matched
 * as UTF-8. The classes below exclude the surrogate range, so byte sequences Go's decoder rejects
 * never match and reach the default rule `*` one byte at a time ("invalid UTF-8 encoding").
 * The sentinel is the NUL after the source text (see lexer_internal.h).
 *
 * Semicolons: lx->nlsemi is set after a token that may end a statement (identifier, literal,
 * break continue fallthrough return ++ -- ) ] }); a newline, a block comment spanning lines, or
 * the end of input then yields an implicit ';'.
 */
#include "lexer_internal.h"
#include "grammar.h"

/*!re2c
    re2c:define:YYCTYPE  = "uchar";
    re2c:define:YYCURSOR = lx->cur;
    re2c:define:YYMARKER = lx->mar;
    re2c:yyfill:enable   = 0;

    any       = [\x01-\uD7FF\uE000-\U0010FFFF] \ [\uFEFF];
    nonascii  = any \ [\x01-\x7F];
    letter    = [a-zA-Z_] | nonascii;
    ident     = letter ([a-zA-Z_0-9] | nonascii)*;

    decsep    = [0-9_];
    hexsep    = [0-9a-fA-F_];
    exponent  = [eEpP] [+-]? decsep*;
    number    = [0-9] decsep* ("." decsep*)? exponent? "i"?
              | "." [0-9] decsep* exponent? "i"?
              | "0" [xX] hexsep* ("." hexsep*)? ([pP] [+-]? decsep*)? "i"?
              | "0" [oObB] decsep* ("." decsep*)? exponent? "i"?;
*/

Token lex_next(Lexer *lx) {
    if (lx->done) return lex_make(lx, 0);
    for (;;) {
        lx->tok = lx->cur;
        /*!re2c
        "\x00" {
            if (lex_bad_byte(lx, lx->tok)) {
                lx->cur = lx->tok; /* stay on the sentinel */
                if (lx->nlsemi) return lex_make_semi(lx, lx->tok, "EOF");
                lx->done = true;
                return lex_make(lx, 0);
            }
            continue;
        }
        [ \t\r]+ { continue; }
        "\n" {
            if (lx->nlsemi) {
                Token t = lex_make_semi(lx, lx->tok, "newline");
                lex_newline(lx);
                return t;
            }
            lex_newline(lx);
            continue;
        }
        "//" { lex_line_comment(lx); continue; }
        "/*" {
            const uchar *start = lx->tok;
            Pos at = lex_pos(lx, start);
            if (lex_block_comment(lx) && lx->nlsemi) {
                Token t = lex_make_semi(lx, start, "newline");
                t.pos = at;
                return t;
            }
            continue;
        }
        "\uFEFF" { lex_bom(lx, lx->tok); continue; }

        ident  { return lex_ident(lx); }
        number { return lex_number(lx); }
        "\""   { return lex_string(lx); }
        "`"    { return lex_raw_string(lx); }
        "'"    { return lex_rune(lx); }

        "+"    { return lex_make(lx, TK_ADD); }
        "-"    { return lex_make(lx, TK_SUB); }
        "*"    { return lex_make(lx, TK_MUL); }
        "/"    { return lex_make(lx, TK_QUO); }
        "%"    { return lex_make(lx, TK_REM); }
        "&"    { return lex_make(lx, TK_AND); }
        "|"    { return lex_make(lx, TK_OR); }
        "^"    { return lex_make(lx, TK_XOR); }
        "<<"   { return lex_make(lx, TK_SHL); }
        ">>"   { return lex_make(lx, TK_SHR); }
        "&^"   { return lex_make(lx, TK_AND_NOT); }
        "+="   { return lex_make(lx, TK_ADD_ASSIGN); }
        "-="   { return lex_make(lx, TK_SUB_ASSIGN); }
        "*="   { return lex_make(lx, TK_MUL_ASSIGN); }
        "/="   { return lex_make(lx, TK_QUO_ASSIGN); }
        "%="   { return lex_make(lx, TK_REM_ASSIGN); }
        "&="   { return lex_make(lx, TK_AND_ASSIGN); }
        "|="   { return lex_make(lx, TK_OR_ASSIGN); }
        "^="   { return lex_make(lx, TK_XOR_ASSIGN); }
        "<<="  { return lex_make(lx, TK_SHL_ASSIGN); }
        ">>="  { return lex_make(lx, TK_SHR_ASSIGN); }
        "&^="  { return lex_make(lx, TK_AND_NOT_ASSIGN); }
        "&&"   { return lex_make(lx, TK_LAND); }
        "||"   { return lex_make(lx, TK_LOR); }
        "<-"   { return lex_make(lx, TK_ARROW); }
        "++"   { return lex_make(lx, TK_INC); }
        "--"   { return lex_make(lx, TK_DEC); }
        "=="   { return lex_make(lx, TK_EQL); }
        "<"    { return lex_make(lx, TK_LSS); }
        ">"    { return lex_make(lx, TK_GTR); }
        "="    { return lex_make(lx, TK_ASSIGN); }
        "!"    { return lex_make(lx, TK_NOT); }
        "!="   { return lex_make(lx, TK_NEQ); }
        "<="   { return lex_make(lx, TK_LEQ); }
        ">="   { return lex_make(lx, TK_GEQ); }
        ":="   { return lex_make(lx, TK_DEFINE); }
        "..."  { return lex_make(lx, TK_ELLIPSIS); }
        "("    { return lex_make(lx, TK_LPAREN); }
        "["    { return lex_make(lx, TK_LBRACK); }
        "{"    { return lex_make(lx, TK_LBRACE); }
        ","    { return lex_make(lx, TK_COMMA); }
        "."    { return lex_make(lx, TK_PERIOD); }
        ")"    { return lex_make(lx, TK_RPAREN); }
        "]"    { return lex_make(lx, TK_RBRACK); }
        "}"    { return lex_make(lx, TK_RBRACE); }
        ";"    { return lex_make(lx, TK_SEMICOLON); }
        ":"    { return lex_make(lx, TK_COLON); }
        "~"    { return lex_make(lx, TK_TILDE); }

        * { lex_bad_byte(lx, lx->tok); continue; }
        */
    }
}

/* Interpreted string body: "..." with escapes; a newline or the end of input ends it early. */
Token lex_string(Lexer *lx) {
    const uchar *start = lx->tok;
    for (;;) {
        const uchar *p = lx->cur;
        /*!re2c
        "\""  { break; }
        "\\"  { lex_escape(lx, '"'); continue; }
        "\n"  {
            lx->cur = p; /* the newline ends the line, not the string */
            lex_error_at(lx, p, "newline in string");
            lx->lit_ok = false;
            break;
        }
        "\x00" {
            if (lex_bad_byte(lx, p)) {
                lx->cur = p;
                lex_error_at(lx, start, "string not terminated");
                lx->lit_ok = false;
                break;
            }
            continue;
        }
        "\uFEFF" { lex_bom(lx, p); continue; }
        any   { sb_put(&lx->sbuf, (const char *)p, (size_t)(lx->cur - p)); continue; }
        *     { lex_bad_byte(lx, p); continue; }
        */
    }
    lx->tok = start;
    return lex_make(lx, TK_STRING);
}

/* Raw string body: `...`; carriage returns are dropped from the value; may span lines. */
Token lex_raw_string(Lexer *lx) {
    const uchar *start = lx->tok;
    Pos at = lex_pos(lx, start);
    for (;;) {
        const uchar *p = lx->cur;
        /*!re2c
        "`"   { break; }
        "\r"  { continue; }
        "\n"  { sb_putc(&lx->sbuf, '\n'); lex_newline(lx); continue; }
        "\x00" {
            if (lex_bad_byte(lx, p)) {
                lx->cur = p;
                lex_error_pos(lx, at, "string not terminated");
                lx->lit_ok = false;
                break;
            }
            continue;
        }
        "\uFEFF" { lex_bom(lx, p); continue; }
        any   { sb_put(&lx->sbuf, (const char *)p, (size_t)(lx->cur - p)); continue; }
        *     { lex_bad_byte(lx, p); continue; }
        */
    }
    lx->tok = start;
    Token t = lex_make(lx, TK_STRING);
    t.pos = at;
    return t;
}

/* Rune literal body: '...' holding exactly one character or escape. */
Token lex_rune(Lexer *lx) {
    const uchar *start = lx->tok;
    for (;; lx->nrunes++) {
        const uchar *p = lx->cur;
        /*!re2c
        "'"   {
            if (lx->lit_ok && lx->nrunes == 0) {
                lex_error_at(lx, p, "empty rune literal or unescaped '");
                lx->lit_ok = false;
            } else if (lx->lit_ok && lx->nrunes != 1) {
                lex_error_at(lx, start, "more than one character in rune literal");
                lx->lit_ok = false;
            }
            break;
        }
        "\\"  { lex_escape(lx, '\''); continue; }
        "\n"  {
            lx->cur = p;
            if (lx->lit_ok) lex_error_at(lx, p, "newline in rune literal");
            lx->lit_ok = false;
            break;
        }
        "\x00" {
            if (lex_bad_byte(lx, p)) {
                lx->cur = p;
                if (lx->lit_ok) lex_error_at(lx, start, "rune literal not terminated");
                lx->lit_ok = false;
                break;
            }
            lx->nrunes--; /* skipped: not a character of the literal */
            continue;
        }
        "\uFEFF" { lex_bom(lx, p); lx->nrunes--; continue; }
        any   { lex_rune_char(lx, p); continue; }
        *     { lex_bad_byte(lx, p); lx->nrunes--; continue; }
        */
    }
    lx->tok = start;
    return lex_make(lx, TK_CHAR);
}

bool lex_block_comment(Lexer *lx) {
    const uchar *start = lx->tok;
    Pos at = lex_pos(lx, start);
    bool newline = false;
    for (;;) {
        const uchar *p = lx->cur;
        /*!re2c
        "*/"  { return newline; }
        "\n"  { lex_newline(lx); newline = true; continue; }
        "\x00" {
            if (lex_bad_byte(lx, p)) {
                lx->cur = p;
                lex_error_pos(lx, at, "comment not terminated");
                return newline;
            }
            continue;
        }
        "\uFEFF" { lex_bom(lx, p); continue; }
        any   { continue; }
        *     { lex_bad_byte(lx, p); continue; }
        */
    }
}

void lex_line_comment(Lexer *lx) {
    for (;;) {
        const uchar *p = lx->cur;
        /*!re2c
        "\n"  { lx->cur = p; return; }
        "\x00" {
            if (lex_bad_byte(lx, p)) { lx->cur = p; return; }
            continue;
        }
        "\uFEFF" { lex_bom(lx, p); continue; }
        any   { continue; }
        *     { lex_bad_byte(lx, p); continue; }
        */
    }
}
