/* lex.c — the C side of the scanner: token construction, literal checking and decoding with
 * gc's error texts and positions, the token name table, and `goro --tokens`.
 * The rules themselves are in lexer.re. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "lexer_internal.h"
#include "grammar.h"
#include "../parser/ast.h"
#include "../util/mem.h"

/* ---- token names ----
 * dump: the name `goro --tokens` prints (go/token's spelling); msg: gc 1.22's tokstring, the
 * word syntax errors use for the token kind. Indexed by lemon's TK_ codes. */
typedef struct TokName {
    const char *dump, *msg;
} TokName;

#define LEX_MAX_CODE 128
static const TokName tok_names[LEX_MAX_CODE] = {
    [0] = {"EOF", "EOF"},
    [TK_IDENT] = {"IDENT", "name"},
    [TK_INT] = {"INT", "literal"},
    [TK_FLOAT] = {"FLOAT", "literal"},
    [TK_IMAG] = {"IMAG", "literal"},
    [TK_CHAR] = {"CHAR", "literal"},
    [TK_STRING] = {"STRING", "literal"},
    [TK_ADD] = {"ADD", "+"},
    [TK_SUB] = {"SUB", "-"},
    [TK_MUL] = {"MUL", "*"},
    [TK_QUO] = {"QUO", "/"},
    [TK_REM] = {"REM", "%"},
    [TK_AND] = {"AND", "&"},
    [TK_OR] = {"OR", "|"},
    [TK_XOR] = {"XOR", "^"},
    [TK_SHL] = {"SHL", "<<"},
    [TK_SHR] = {"SHR", ">>"},
    [TK_AND_NOT] = {"AND_NOT", "&^"},
    [TK_ADD_ASSIGN] = {"ADD_ASSIGN", "+="},
    [TK_SUB_ASSIGN] = {"SUB_ASSIGN", "-="},
    [TK_MUL_ASSIGN] = {"MUL_ASSIGN", "*="},
    [TK_QUO_ASSIGN] = {"QUO_ASSIGN", "/="},
    [TK_REM_ASSIGN] = {"REM_ASSIGN", "%="},
    [TK_AND_ASSIGN] = {"AND_ASSIGN", "&="},
    [TK_OR_ASSIGN] = {"OR_ASSIGN", "|="},
    [TK_XOR_ASSIGN] = {"XOR_ASSIGN", "^="},
    [TK_SHL_ASSIGN] = {"SHL_ASSIGN", "<<="},
    [TK_SHR_ASSIGN] = {"SHR_ASSIGN", ">>="},
    [TK_AND_NOT_ASSIGN] = {"AND_NOT_ASSIGN", "&^="},
    [TK_LAND] = {"LAND", "&&"},
    [TK_LOR] = {"LOR", "||"},
    [TK_ARROW] = {"ARROW", "<-"},
    [TK_INC] = {"INC", "++"},
    [TK_DEC] = {"DEC", "--"},
    [TK_EQL] = {"EQL", "=="},
    [TK_LSS] = {"LSS", "<"},
    [TK_GTR] = {"GTR", ">"},
    [TK_ASSIGN] = {"ASSIGN", "="},
    [TK_NOT] = {"NOT", "!"},
    [TK_NEQ] = {"NEQ", "!="},
    [TK_LEQ] = {"LEQ", "<="},
    [TK_GEQ] = {"GEQ", ">="},
    [TK_DEFINE] = {"DEFINE", ":="},
    [TK_ELLIPSIS] = {"ELLIPSIS", "..."},
    [TK_LPAREN] = {"LPAREN", "("},
    [TK_LBRACK] = {"LBRACK", "["},
    [TK_LBRACE] = {"LBRACE", "{"},
    [TK_COMMA] = {"COMMA", "comma"},
    [TK_PERIOD] = {"PERIOD", "."},
    [TK_RPAREN] = {"RPAREN", ")"},
    [TK_RBRACK] = {"RBRACK", "]"},
    [TK_RBRACE] = {"RBRACE", "}"},
    [TK_SEMICOLON] = {"SEMICOLON", "semicolon or newline"},
    [TK_COLON] = {"COLON", ":"},
    [TK_TILDE] = {"TILDE", "~"},
    [TK_BREAK] = {"BREAK", "break"},
    [TK_CASE] = {"CASE", "case"},
    [TK_CHAN] = {"CHAN", "chan"},
    [TK_CONST] = {"CONST", "const"},
    [TK_CONTINUE] = {"CONTINUE", "continue"},
    [TK_DEFAULT] = {"DEFAULT", "default"},
    [TK_DEFER] = {"DEFER", "defer"},
    [TK_ELSE] = {"ELSE", "else"},
    [TK_FALLTHROUGH] = {"FALLTHROUGH", "fallthrough"},
    [TK_FOR] = {"FOR", "for"},
    [TK_FUNC] = {"FUNC", "func"},
    [TK_GO] = {"GO", "go"},
    [TK_GOTO] = {"GOTO", "goto"},
    [TK_IF] = {"IF", "if"},
    [TK_IMPORT] = {"IMPORT", "import"},
    [TK_INTERFACE] = {"INTERFACE", "interface"},
    [TK_MAP] = {"MAP", "map"},
    [TK_PACKAGE] = {"PACKAGE", "package"},
    [TK_RANGE] = {"RANGE", "range"},
    [TK_RETURN] = {"RETURN", "return"},
    [TK_SELECT] = {"SELECT", "select"},
    [TK_STRUCT] = {"STRUCT", "struct"},
    [TK_SWITCH] = {"SWITCH", "switch"},
    [TK_TYPE] = {"TYPE", "type"},
    [TK_VAR] = {"VAR", "var"},
    /* synthetic tokens the parse driver makes (never produced by the scanner) */
    [TK_OP_ASSIGN] = {"OP_ASSIGN", "op="},
    [TK_LBRACK_TP] = {"LBRACK", "["},
    [TK_START_FILE] = {"START", "start"},
    [TK_START_REPL] = {"START", "start"},
};

const char *lex_token_name(int code) {
    if (code < 0 || code >= LEX_MAX_CODE || !tok_names[code].msg) return "?";
    return tok_names[code].msg;
}

const char *lex_token_dump_name(int code) {
    if (code < 0 || code >= LEX_MAX_CODE || !tok_names[code].dump) return "?";
    return tok_names[code].dump;
}

typedef struct Keyword {
    const char *word;
    int code;
} Keyword;

static const Keyword keywords[] = {
    {"break", TK_BREAK}, {"case", TK_CASE}, {"chan", TK_CHAN}, {"const", TK_CONST},
    {"continue", TK_CONTINUE}, {"default", TK_DEFAULT}, {"defer", TK_DEFER}, {"else", TK_ELSE},
    {"fallthrough", TK_FALLTHROUGH}, {"for", TK_FOR}, {"func", TK_FUNC}, {"go", TK_GO},
    {"goto", TK_GOTO}, {"if", TK_IF}, {"import", TK_IMPORT}, {"interface", TK_INTERFACE},
    {"map", TK_MAP}, {"package", TK_PACKAGE}, {"range", TK_RANGE}, {"return", TK_RETURN},
    {"select", TK_SELECT}, {"struct", TK_STRUCT}, {"switch", TK_SWITCH}, {"type", TK_TYPE},
    {"var", TK_VAR},
};

/* ---- positions and errors ---- */

Lexer *lex_new(Source *src) {
    Lexer *lx = NEW(Lexer);
    lx->src = src;
    lx->base = (const uchar *)src->text;
    lx->end = lx->base + src->len;
    lx->cur = lx->base;
    lx->line_start = lx->base;
    lx->line = 1;
    lx->lit_ok = true;
    sb_init(&lx->sbuf);
    return lx;
}

int lex_error_count(Lexer *lx) { return lx->errors; }

bool lex_at_end(Lexer *lx) { return lx->cur >= lx->end; }

void lex_skip_line(Lexer *lx) {
    while (lx->cur < lx->end && *lx->cur != '\n') lx->cur++;
}

Pos lex_pos(Lexer *lx, const uchar *p) {
    Pos pos = {lx->src->index, lx->line, (int)(p - lx->line_start) + 1};
    return pos;
}

void lex_newline(Lexer *lx) {
    lx->line++;
    lx->line_start = lx->cur;
}

void lex_error_pos(Lexer *lx, Pos pos, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error(pos, "%s", msg);
    lx->errors++;
}

void lex_error_at(Lexer *lx, const uchar *p, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error(lex_pos(lx, p), "%s", msg);
    lx->errors++;
}

bool lex_bad_byte(Lexer *lx, const uchar *p) {
    char u[32];
    if (*p == 0) {
        if (p >= lx->end) return true;
        lex_error_at(lx, p, "invalid NUL character");
    } else if (*p < 0x80) {
        lex_fmt_U(u, sizeof u, *p);
        lex_error_at(lx, p, "invalid character %s", u);
    } else {
        lex_error_at(lx, p, "invalid UTF-8 encoding");
    }
    return false;
}

void lex_bom(Lexer *lx, const uchar *p) {
    if (p != lx->base) lex_error_at(lx, p, "invalid BOM in the middle of the file");
}

/* ---- runes ---- */

int32_t lex_decode_rune(const uchar *p, int *n) {
    if (p[0] < 0x80) { *n = 1; return p[0]; }
    if (p[0] < 0xE0) { *n = 2; return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F); }
    if (p[0] < 0xF0) { *n = 3; return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F); }
    *n = 4;
    return ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

void lex_put_rune(StrBuf *b, int32_t r) {
    char buf[4];
    size_t n;
    if (r < 0x80) { buf[0] = (char)r; n = 1; }
    else if (r < 0x800) { buf[0] = (char)(0xC0 | (r >> 6)); buf[1] = (char)(0x80 | (r & 0x3F)); n = 2; }
    else if (r < 0x10000) {
        buf[0] = (char)(0xE0 | (r >> 12)); buf[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (r & 0x3F)); n = 3;
    } else {
        buf[0] = (char)(0xF0 | (r >> 18)); buf[1] = (char)(0x80 | ((r >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[3] = (char)(0x80 | (r & 0x3F)); n = 4;
    }
    sb_put(b, buf, n);
}

static bool in_ranges(const LexRange *t, int n, int32_t r) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (r < t[mid].lo) hi = mid - 1;
        else if (r > t[mid].hi) lo = mid + 1;
        else return true;
    }
    return false;
}

static bool is_letter(int32_t r) {
    if (r < 0x80) return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_';
    return in_ranges(lex_letter_ranges, lex_letter_ranges_len, r);
}

static bool is_digit(int32_t r) {
    if (r < 0x80) return r >= '0' && r <= '9';
    return in_ranges(lex_digit_ranges, lex_digit_ranges_len, r);
}

static bool is_print(int32_t r) {
    if (r < 0x80) return r >= 0x20 && r < 0x7F;
    return in_ranges(lex_print_ranges, lex_print_ranges_len, r);
}

void lex_fmt_U(char *out, size_t n, int32_t r) {
    if (is_print(r)) {
        StrBuf b;
        sb_init(&b);
        lex_put_rune(&b, r);
        snprintf(out, n, "U+%04X '%s'", (unsigned)r, b.data);
    } else {
        snprintf(out, n, "U+%04X", (unsigned)r);
    }
}

void lex_fmt_q(char *out, size_t n, int32_t r) {
    const char *esc = NULL;
    switch (r) {
    case '\a': esc = "\\a"; break;
    case '\b': esc = "\\b"; break;
    case '\f': esc = "\\f"; break;
    case '\n': esc = "\\n"; break;
    case '\r': esc = "\\r"; break;
    case '\t': esc = "\\t"; break;
    case '\v': esc = "\\v"; break;
    case '\\': esc = "\\\\"; break;
    case '\'': esc = "\\'"; break;
    }
    if (esc) snprintf(out, n, "'%s'", esc);
    else if (is_print(r)) {
        StrBuf b;
        sb_init(&b);
        lex_put_rune(&b, r);
        snprintf(out, n, "'%s'", b.data);
    } else if (r < 0x80) snprintf(out, n, "'\\x%02x'", (unsigned)r);
    else if (r < 0x10000) snprintf(out, n, "'\\u%04x'", (unsigned)r);
    else snprintf(out, n, "'\\U%08x'", (unsigned)r);
}

/* ---- tokens ---- */

static bool ends_statement(int code) {
    switch (code) {
    case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
    case TK_BREAK: case TK_CONTINUE: case TK_FALLTHROUGH: case TK_RETURN:
    case TK_INC: case TK_DEC: case TK_RPAREN: case TK_RBRACK: case TK_RBRACE:
        return true;
    }
    return false;
}

Token lex_make(Lexer *lx, int code) {
    Token t = {0};
    t.code = code;
    t.pos = lex_pos(lx, lx->tok);
    t.text = (const char *)lx->tok;
    t.len = (size_t)(lx->cur - lx->tok);
    if (code == TK_STRING || code == TK_CHAR) {
        char *s = mem_alloc_atomic(lx->sbuf.len + 1);
        if (lx->sbuf.len) memcpy(s, lx->sbuf.data, lx->sbuf.len);
        t.str = s;
        t.slen = lx->sbuf.len;
        t.rune = code == TK_CHAR && lx->lit_ok ? lx->rune_val : 0;
    }
    if (code == 0) {
        t.text = "";
        t.len = 0;
    }
    lx->nlsemi = ends_statement(code);
    lx->sbuf.len = 0;
    lx->nrunes = 0;
    lx->lit_ok = true;
    return t;
}

Token lex_make_semi(Lexer *lx, const uchar *at, const char *why) {
    Token t = {0};
    t.code = TK_SEMICOLON;
    t.pos = lex_pos(lx, at);
    t.text = why;
    t.len = strlen(why);
    t.implicit = true;
    lx->nlsemi = false;
    return t;
}

Token lex_ident(Lexer *lx) {
    const uchar *p = lx->tok;
    size_t len = (size_t)(lx->cur - lx->tok);
    bool ascii = true;
    for (const uchar *q = p; q < lx->cur;) {
        if (*q < 0x80) { q++; continue; }
        ascii = false;
        int n;
        int32_t r = lex_decode_rune(q, &n);
        char u[32];
        if (!is_letter(r)) {
            lex_fmt_U(u, sizeof u, r);
            if (is_digit(r)) {
                if (q == p) lex_error_at(lx, q, "identifier cannot begin with digit %s", u);
            } else {
                lex_error_at(lx, q, "invalid character %s in identifier", u);
            }
        }
        q += n;
    }
    if (ascii && len >= 2 && len <= 11) {
        for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
            if (strlen(keywords[i].word) == len && memcmp(keywords[i].word, p, len) == 0)
                return lex_make(lx, keywords[i].code);
    }
    Token t = lex_make(lx, TK_IDENT);
    t.text = ast_intern((const char *)p, len);
    return t;
}

/* ---- numbers: gc's checks (syntax/scanner.go number) on the extent the rule matched ---- */

static int lower(int c) { return c | ('a' - 'A'); }
static bool isdec(int c) { return c >= '0' && c <= '9'; }
static bool ishex(int c) { return isdec(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

static const char *base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    }
    return "hexadecimal";
}

/* Scans { digit | '_' } from s[*i]; returns bit 0: a digit seen, bit 1: a '_' seen. For
 * base <= 10 any decimal digit is accepted and the index of the first one >= base is noted. */
static int scan_digits(const uchar *s, size_t n, size_t *i, int base, long *invalid) {
    int digsep = 0;
    for (; *i < n; (*i)++) {
        int c = s[*i];
        if (c == '_') { digsep |= 2; continue; }
        if (base <= 10 ? !isdec(c) : !ishex(c)) break;
        if (base <= 10 && c >= '0' + base && invalid && *invalid < 0) *invalid = (long)*i;
        digsep |= 1;
    }
    return digsep;
}

/* Index of the first misplaced '_' in the literal, or -1 (gc's invalidSep). */
static long invalid_sep(const uchar *x, size_t n) {
    int x1 = ' ', d = '.';
    size_t i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') { d = '0'; i = 2; }
    }
    for (; i < n; i++) {
        int p = d;
        d = x[i];
        if (d == '_') {
            if (p != '0') return (long)i;
        } else if (isdec(d) || (x1 == 'x' && ishex(d))) {
            d = '0';
        } else {
            if (p == '_') return (long)i - 1;
            d = '.';
        }
    }
    if (d == '_') return (long)n - 1;
    return -1;
}

Token lex_number(Lexer *lx) {
    const uchar *s = lx->tok;
    size_t n = (size_t)(lx->cur - s), i = 0;
    int code = TK_INT, base = 10, prefix = 0, digsep = 0;
    long invalid = -1;
    bool ok = true, point = false;
    char q[16];
    if (s[0] == '.') {
        point = true;
        i = 1;
    } else {
        if (s[0] == '0') {
            i = 1;
            int c = i < n ? lower(s[i]) : 0;
            if (c == 'x') { i++; base = 16; prefix = 'x'; }
            else if (c == 'o') { i++; base = 8; prefix = 'o'; }
            else if (c == 'b') { i++; base = 2; prefix = 'b'; }
            else { base = 8; prefix = '0'; digsep = 1; }
        }
        digsep |= scan_digits(s, n, &i, base, &invalid);
        if (i < n && s[i] == '.') {
            if (prefix == 'o' || prefix == 'b') {
                lex_error_at(lx, s + i, "invalid radix point in %s literal", base_name(base));
                ok = false;
            }
            i++;
            point = true;
        }
    }
    if (point) {
        code = TK_FLOAT;
        digsep |= scan_digits(s, n, &i, base, &invalid);
    }
    if (!(digsep & 1) && ok) {
        lex_error_at(lx, s + i, "%s literal has no digits", base_name(base));
        ok = false;
    }
    int e = i < n ? lower(s[i]) : 0;
    if (e == 'e' || e == 'p') {
        if (ok) {
            lex_fmt_q(q, sizeof q, s[i]);
            if (e == 'e' && prefix != 0 && prefix != '0') {
                lex_error_at(lx, s + i, "%s exponent requires decimal mantissa", q);
                ok = false;
            } else if (e == 'p' && prefix != 'x') {
                lex_error_at(lx, s + i, "%s exponent requires hexadecimal mantissa", q);
                ok = false;
            }
        }
        i++;
        code = TK_FLOAT;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        int ds = scan_digits(s, n, &i, 10, NULL);
        digsep = ds | (digsep & 2);
        if (!(ds & 1) && ok) {
            lex_error_at(lx, s + i, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && code == TK_FLOAT && ok) {
        lex_error_at(lx, s + i, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (i < n && s[i] == 'i') {
        code = TK_IMAG;
        i++;
    }
    if (code == TK_INT && invalid >= 0 && ok) {
        lex_fmt_q(q, sizeof q, s[invalid]);
        lex_error_at(lx, s + invalid, "invalid digit %s in %s literal", q, base_name(base));
        ok = false;
    }
    if ((digsep & 2) && ok) {
        long j = invalid_sep(s, n);
        if (j >= 0) lex_error_at(lx, s + j, "'_' must separate successive digits");
    }
    return lex_make(lx, code);
}

/* ---- escapes (gc's scanner.escape) ---- */

void lex_escape(Lexer *lx, int quote) {
    const uchar *p = lx->cur;
    int c = *p, n;
    uint32_t base, max;
    bool bytes = false;
    switch (c) {
    case 'a': sb_putc(&lx->sbuf, '\a'); lx->rune_val = '\a'; lx->cur++; return;
    case 'b': sb_putc(&lx->sbuf, '\b'); lx->rune_val = '\b'; lx->cur++; return;
    case 'f': sb_putc(&lx->sbuf, '\f'); lx->rune_val = '\f'; lx->cur++; return;
    case 'n': sb_putc(&lx->sbuf, '\n'); lx->rune_val = '\n'; lx->cur++; return;
    case 'r': sb_putc(&lx->sbuf, '\r'); lx->rune_val = '\r'; lx->cur++; return;
    case 't': sb_putc(&lx->sbuf, '\t'); lx->rune_val = '\t'; lx->cur++; return;
    case 'v': sb_putc(&lx->sbuf, '\v'); lx->rune_val = '\v'; lx->cur++; return;
    case '\\': sb_putc(&lx->sbuf, '\\'); lx->rune_val = '\\'; lx->cur++; return;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3; base = 8; max = 255; bytes = true;
        break;
    case 'x': lx->cur++; n = 2; base = 16; max = 255; bytes = true; break;
    case 'u': lx->cur++; n = 4; base = 16; max = 0x10FFFF; break;
    case 'U': lx->cur++; n = 8; base = 16; max = 0x10FFFF; break;
    default:
        if (c == quote) {
            sb_putc(&lx->sbuf, (char)c);
            lx->rune_val = c;
            lx->cur++;
            return;
        }
        if (p >= lx->end) return; /* the caller reports the unterminated literal */
        lex_error_at(lx, p, "unknown escape");
        lx->lit_ok = false;
        return;
    }
    uint32_t x = 0;
    for (int i = n; i > 0; i--) {
        const uchar *d = lx->cur;
        if (d >= lx->end) return;
        uint32_t v = base;
        if (isdec(*d)) v = (uint32_t)(*d - '0');
        else if (lower(*d) >= 'a' && lower(*d) <= 'f') v = (uint32_t)(lower(*d) - 'a' + 10);
        if (v >= base) {
            char q[24];
            int len = 1;
            int32_t r = *d;
            if (*d >= 0x80) r = lex_decode_rune(d, &len);
            lex_fmt_q(q, sizeof q, r);
            lex_error_at(lx, d, "invalid character %s in %s escape", q, base_name((int)base));
            lx->lit_ok = false;
            return;
        }
        x = x * base + v;
        lx->cur++;
    }
    if (x > max && base == 8) {
        lex_error_at(lx, lx->cur, "octal escape value %u > 255", x);
        lx->lit_ok = false;
        return;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        char u[32];
        snprintf(u, sizeof u, "U+%04X", x); /* never printable: out of range or a surrogate */
        lex_error_at(lx, lx->cur, "escape is invalid Unicode code point %s", u);
        lx->lit_ok = false;
        return;
    }
    if (bytes) sb_putc(&lx->sbuf, (char)x);
    else lex_put_rune(&lx->sbuf, (int32_t)x);
    lx->rune_val = (int32_t)x;
}

void lex_rune_char(Lexer *lx, const uchar *p) {
    int n;
    lx->rune_val = lex_decode_rune(p, &n);
    sb_put(&lx->sbuf, (const char *)p, (size_t)n);
}

/* ---- goro --tokens ---- */

static void put_escaped(StrBuf *out, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') sb_puts(out, "\\n");
        else if (c == '\r') sb_puts(out, "\\r");
        else if (c == '\t') sb_puts(out, "\\t");
        else if (c < 0x20 || c == 0x7F) sb_printf(out, "\\x%02x", c);
        else sb_putc(out, (char)c);
    }
}

void lex_dump(Source *src, StrBuf *out) {
    Lexer *lx = lex_new(src);
    for (;;) {
        Token t = lex_next(lx);
        sb_printf(out, "%d:%d\t%s\t", t.pos.line, t.pos.col, lex_token_dump_name(t.code));
        put_escaped(out, t.text, t.len);
        sb_putc(out, '\n');
        if (t.code == 0) break;
    }
}
