/* parse_errors.c — syntax error messages in gc's words.
 *
 * gc's parser is recursive descent: its message depends on which function was running
 * ("in argument list; possibly missing comma or )", "at end of statement", "expected {
 * after if clause", "expected expression" ...). The LR parser knows the same thing in another
 * form: the symbols on its stack (the viable prefix) say which construct is open, and
 * pe_accepts() says which tokens could come next. pe_syntax_error reads both:
 *  1. find the innermost unclosed ( [ { on the stack and classify it from its neighbours
 *     (call, parameter list, composite literal, block, switch body, ...);
 *  2. if the construct's separator or closer could come here, the current element is complete
 *     and the token is simply misplaced: gc's list()/stmtList messages;
 *  3. otherwise the element itself is incomplete: "expected expression", "expected type",
 *     "expected name", or the one token that must come.
 * Symbol names come from lemon's yyTokenName (grammar.y keeps it compiled in).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parser_internal.h"

void pe_error(ParseCtx *c, Pos pos, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (c->failed) return;
    c->failed = true;
    diag_error(pos, "syntax error: %s", msg);
}

void pe_too_deep(ParseCtx *c, Token *tok) {
    if (c->failed) return;
    c->failed = true;
    diag_error(tok ? tok->pos : c->tok.pos, "goro: nesting too deep (limit %d)", PARSE_MAX_DEPTH);
}

/* How go/parser names a token after "found" (the go command parses the package clause and
 * imports with go/parser before gc runs, so errors there are in go/parser's words). */
static void goparser_describe(const Token *t, StrBuf *out) {
    switch (t->code) {
    case 0: sb_puts(out, "'EOF'"); return;
    case TK_SEMICOLON:
        if (t->implicit) sb_puts(out, "newline");
        else sb_puts(out, "';'");
        return;
    case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        sb_put(out, t->text, t->len);
        return;
    case TK_COMMA: sb_puts(out, "','"); return;
    }
    sb_printf(out, "'%s'", lex_token_name(t->code));
}

void pe_describe(const Token *t, StrBuf *out) {
    switch (t->code) {
    case 0: sb_puts(out, "EOF"); return;
    case TK_IDENT: sb_put(out, t->text, t->len); return;
    case TK_SEMICOLON:
        if (t->implicit) sb_put(out, t->text, t->len);
        else sb_puts(out, "semicolon");
        return;
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        sb_puts(out, "literal ");
        sb_put(out, t->text, t->len);
        return;
    }
    sb_puts(out, lex_token_name(t->code));
}

/* ---- reading the stack ---- */

typedef enum Ctx {
    CTX_NONE,     /* before the package clause */
    CTX_TOP,      /* top level: a declaration is being read */
    CTX_BLOCK,    /* { statements } */
    CTX_CLAUSES,  /* switch or select body */
    CTX_COMPLIT,  /* composite literal */
    CTX_STRUCT,   /* struct { fields } */
    CTX_IFACE,    /* interface { elements } */
    CTX_CALL,     /* f( arguments ) */
    CTX_PARAMS,   /* ( parameters ) */
    CTX_TPARAMS,  /* [ type parameters ] */
    CTX_GROUP,    /* const/var/type/import ( specs ) */
    CTX_PAREN,    /* ( expression or type ) */
    CTX_ASSERT,   /* x.( type ) */
    CTX_INDEX,    /* x[ index or slice ] */
    CTX_BRACK,    /* [ array length ] or name[ type arguments ] */
} Ctx;

typedef struct Where {
    void *p;
    int depth;   /* stack slots 1..depth */
    Ctx ctx;
    int open;    /* slot of the innermost unclosed bracket (0 if none) */
} Where;

static const char *sym(Where *w, int i) {
    if (i < 1 || i > w->depth) return "";
    return pe_symbol_name(pe_stack_symbol(w->p, i));
}

static bool is(Where *w, int i, const char *name) { return strcmp(sym(w, i), name) == 0; }

static int code_at(Where *w, int i) {
    if (i < 1 || i > w->depth) return -1;
    return pe_stack_symbol(w->p, i);
}

static Ctx classify_brace(Where *w, int i) {
    const char *b = sym(w, i - 1);
    if (!strcmp(b, "STRUCT")) return CTX_STRUCT;
    if (!strcmp(b, "INTERFACE")) return CTX_IFACE;
    if (!strcmp(b, "switch_head") || !strcmp(b, "SELECT")) return CTX_CLAUSES;
    if (!strcmp(b, "IDENT") || !strcmp(b, "littype") || !strcmp(b, "RBRACK") || !strcmp(b, "LBRACE") ||
        !strcmp(b, "COMMA"))
        return CTX_COMPLIT;
    if (!strcmp(b, "COLON") && is(w, i - 2, "elem")) return CTX_COMPLIT;
    return CTX_BLOCK;
}

static Ctx classify_paren(Where *w, int i) {
    const char *b = sym(w, i - 1);
    if (!strcmp(b, "pexpr") || !strcmp(b, "nbpexpr")) return CTX_CALL;
    if (!strcmp(b, "FUNC") || !strcmp(b, "params") || !strcmp(b, "RBRACK")) return CTX_PARAMS;
    if (!strcmp(b, "IDENT")) {
        const char *b2 = sym(w, i - 2);
        if (!strcmp(b2, "FUNC") || !strcmp(b2, "params") || !strcmp(b2, "LBRACE") || !strcmp(b2, "SEMICOLON"))
            return CTX_PARAMS;
    }
    if (!strcmp(b, "IMPORT") || !strcmp(b, "CONST") || !strcmp(b, "VAR") || !strcmp(b, "TYPE"))
        return CTX_GROUP;
    if (!strcmp(b, "PERIOD")) return CTX_ASSERT;
    return CTX_PAREN;
}

static Ctx classify_brack(Where *w, int i) {
    if (code_at(w, i) == TK_LBRACK_TP) return CTX_TPARAMS;
    const char *b = sym(w, i - 1);
    if (!strcmp(b, "pexpr") || !strcmp(b, "nbpexpr")) return CTX_INDEX;
    if (!strcmp(b, "IDENT") && is(w, i - 2, "FUNC")) return CTX_TPARAMS;
    return CTX_BRACK;
}

static void locate(Where *w) {
    int closes = 0;
    for (int i = w->depth; i >= 1; i--) {
        int s = code_at(w, i);
        if (s == TK_RPAREN || s == TK_RBRACK || s == TK_RBRACE) {
            closes++;
        } else if (s == TK_LPAREN || s == TK_LBRACK || s == TK_LBRACE || s == TK_LBRACK_TP) {
            if (closes) { closes--; continue; }
            w->open = i;
            if (s == TK_LBRACE) w->ctx = classify_brace(w, i);
            else if (s == TK_LPAREN) w->ctx = classify_paren(w, i);
            else w->ctx = classify_brack(w, i);
            return;
        }
    }
    w->open = 0;
    w->ctx = w->depth >= 2 ? CTX_TOP : CTX_NONE;
    if (w->depth >= 1 && code_at(w, 1) == TK_START_REPL) w->ctx = CTX_BLOCK; /* REPL: statements */
}

static bool acc(Where *w, int t) { return pe_accepts(w->p, t); }

static bool expr_start_ok(Where *w) {
    return acc(w, TK_IDENT) && acc(w, TK_INT) && acc(w, TK_LPAREN) && acc(w, TK_SUB);
}

static bool type_start_ok(Where *w) {
    return acc(w, TK_IDENT) && acc(w, TK_MUL) && acc(w, TK_LBRACK) && acc(w, TK_MAP) && !acc(w, TK_INT);
}

static bool top_is(Where *w, const char *name) { return is(w, w->depth, name); }

static const char *list_name(Ctx c) {
    switch (c) {
    case CTX_CALL: return "argument list";
    case CTX_COMPLIT: return "composite literal";
    case CTX_PARAMS: case CTX_TPARAMS: return "parameter list";
    case CTX_GROUP: return "grouped declaration";
    case CTX_STRUCT: return "struct type";
    case CTX_IFACE: return "interface type";
    default: return NULL;
    }
}

static void list_tokens(Ctx c, int *sep, int *close) {
    switch (c) {
    case CTX_CALL: *sep = TK_COMMA; *close = TK_RPAREN; break;
    case CTX_PARAMS: *sep = TK_COMMA; *close = TK_RPAREN; break;
    case CTX_TPARAMS: *sep = TK_COMMA; *close = TK_RBRACK; break;
    case CTX_COMPLIT: *sep = TK_COMMA; *close = TK_RBRACE; break;
    case CTX_GROUP: *sep = TK_SEMICOLON; *close = TK_RPAREN; break;
    default: *sep = TK_SEMICOLON; *close = TK_RBRACE; break;
    }
}

/* The slot of the last symbol named one of names[] above the innermost open bracket, or 0. */
static int find_any_above_open(Where *w, const char *const *names) {
    for (int i = w->depth; i > w->open; i--)
        for (const char *const *n = names; *n; n++)
            if (is(w, i, *n)) return i;
    return 0;
}

static int count_above(Where *w, int from, int code) {
    int n = 0;
    for (int i = from + 1; i <= w->depth; i++)
        if (code_at(w, i) == code) n++;
    return n;
}

/* At the start of a declaration at top level: `package p;` or `... decl ;` just read. */
static bool decl_start(Where *w) {
    if (top_is(w, "topdecls") || top_is(w, "file")) return true;
    if (!top_is(w, "SEMICOLON")) return false;
    return is(w, w->depth - 1, "topdecl") || (is(w, w->depth - 1, "IDENT") && is(w, w->depth - 2, "PACKAGE"));
}

/* The declaration keyword of the grouped declaration whose '(' is the innermost open bracket. */
static int group_keyword(Where *w) { return w->ctx == CTX_GROUP ? code_at(w, w->open - 1) : 0; }

/* gc's messages inside if/for/switch headers. Returns NULL when the error is not about the
 * header's shape (e.g. an incomplete expression inside it). */
static const char *header_msg(ParseCtx *c, Where *w, int major) {
    static const char *const heads[] = {"IF", "FOR", "SWITCH", "if_head", "for_head", "switch_head", NULL};
    int h = find_any_above_open(w, heads);
    if (!h) return NULL;
    const char *kw = sym(w, h);
    bool is_if = kw[0] == 'I' || kw[0] == 'i', is_for = kw[0] == 'F' || kw[0] == 'f';
    if (c->prev.code == TK_IF || c->prev.code == TK_FOR || c->prev.code == TK_SWITCH) {
        if (major == TK_VAR) return "@var declaration not allowed in initializer";
    }
    if (h == w->depth && !strcmp(kw, "if_head")) {
        return c->head_semis ? ", expected { after if clause" : ", expected {";
    }
    if (h == w->depth && !strcmp(kw, "for_head")) {
        return c->head_semis ? ", expected { after for clause" : ", expected {";
    }
    if (h == w->depth && !strcmp(kw, "switch_head")) {
        return c->head_semis ? "!missing { after switch clause" : ", expected {";
    }
    if (kw[0] < 'A' || kw[0] > 'Z') return NULL; /* a head below other symbols: not ours */
    int semis = count_above(w, h, TK_SEMICOLON);
    if (code_at(w, h + 1) == TK_RANGE || find_any_above_open(w, (const char *const[]){"RANGE", NULL}))
        semis = 2;
    bool empty_after_semi = c->prev.code == TK_SEMICOLON;
    if (is_for && semis == 1 && major == TK_LBRACE && empty_after_semi) return ", expected for loop condition";
    /* a lone expression reduced to a list is a complete simple statement */
    bool lone = (top_is(w, "nb_list") || top_is(w, "expr_list")) && c->list_len == 1;
    bool complete = acc(w, TK_LBRACE) || acc(w, TK_SEMICOLON) || empty_after_semi || lone;
    if (!complete) return NULL;
    if (semis == 0) return major == TK_SEMICOLON ? NULL : ", expected {";
    if (is_for && semis == 1) return ", expected semicolon or newline";
    if (is_for) return ", expected { after for clause";
    if (is_if) return ", expected { after if clause";
    return "!missing { after switch clause";
}

/* The message after "unexpected X"; a leading '!' means a whole message that names no token,
 * '@' the same, reported at the token after the current one. */
static const char *explain(ParseCtx *c, Where *w, int major, char *buf, size_t n) {
    int sep, close;
    int prev = c->prev.code;

    /* ---- file level: the package clause and imports are go/parser's (see goparser_describe);
     * '#' marks a message without the "syntax error: " prefix ---- */
    if (w->ctx == CTX_NONE) return "#expected 'package', found ";
    if (top_is(w, "PACKAGE")) return "#expected 'IDENT', found ";
    if (top_is(w, "IDENT") && is(w, w->depth - 1, "PACKAGE")) return ", expected semicolon or newline";
    if (w->ctx == CTX_TOP && decl_start(w)) {
        if (major == TK_LBRACE && c->last_func_nobody) return "!unexpected semicolon or newline before {";
        return "!non-declaration statement outside function body";
    }

    /* ---- func declarations ---- */
    if (w->ctx == CTX_TOP && prev == TK_FUNC && major != TK_IDENT && major != TK_LPAREN) return ", expected name or (";
    if (w->ctx == CTX_TOP && prev == TK_IDENT && c->prev2.code == TK_FUNC && major != TK_LBRACK) return ", expected (";
    if (w->ctx == CTX_TPARAMS && prev == TK_LBRACK && major == TK_RBRACK) return "!empty type parameter list";
    if (w->ctx == CTX_TOP && top_is(w, "params") && is(w, w->depth - 1, "FUNC") && major != TK_IDENT) {
        if (c->params_len == 0) diag_error(c->tok.pos, "method has no receiver");
        else if (c->params_len > 1) diag_error(c->tok.pos, "method has multiple receivers");
        return ", expected name";
    }

    /* ---- single-token situations ---- */
    if (prev == TK_ELSE) return "!else must be followed by if or statement block";
    if (prev == TK_FUNC && major == TK_LBRACK && w->ctx != CTX_TOP)
        return "!function type must have no type parameters";
    if (top_is(w, "PERIOD") && (is(w, w->depth - 1, "pexpr") || is(w, w->depth - 1, "nbpexpr")))
        return ", expected name or (";
    if (prev == TK_RETURN && major != TK_SEMICOLON && major != TK_RBRACE) return ", expected expression";
    if ((prev == TK_CHAN || (prev == TK_ARROW && c->prev2.code == TK_CHAN)) && type_start_ok(w))
        return "!missing channel element type";
    int spec = top_is(w, "IDENT") ? w->depth : top_is(w, "ASSIGN") && is(w, w->depth - 1, "IDENT") ? w->depth - 1 : 0;
    if (spec && (is(w, spec - 1, "TYPE") ||
                 (group_keyword(w) == TK_TYPE && (is(w, spec - 1, "LPAREN") || is(w, spec - 1, "SEMICOLON")))))
        return " in type declaration";
    if ((top_is(w, "IMPORT") || ((top_is(w, "IDENT") || top_is(w, "PERIOD")) && (is(w, w->depth - 1, "IMPORT") ||
         group_keyword(w) == TK_IMPORT))) && !acc(w, major)) {
        if (major >= TK_INT && major <= TK_CHAR) return "#import path must be a string";
        return "#missing import path";
    }
    if (group_keyword(w) == TK_IMPORT) {
        if (prev == TK_LPAREN || prev == TK_SEMICOLON) {
            if (major >= TK_INT && major <= TK_CHAR) return "#import path must be a string";
            return "#missing import path";
        }
        if (major != TK_RPAREN) return "#expected ';', found ";
    }

    /* ---- statement headers ---- */
    const char *hm = header_msg(c, w, major);
    if (hm) return hm;

    /* ---- lists: element start, or a complete element followed by junk ---- */
    list_tokens(w->ctx, &sep, &close);
    const char *ln = list_name(w->ctx);
    int open_code = w->open ? code_at(w, w->open) : -1;
    bool elem_start = w->open && (prev == open_code || prev == sep) && w->ctx != CTX_BLOCK &&
                      w->ctx != CTX_CLAUSES;
    if (w->ctx == CTX_CALL && count_above(w, w->open, TK_ELLIPSIS) && major != TK_RPAREN) return ", expected )";
    if (ln && elem_start) {
        switch (w->ctx) {
        case CTX_CALL: case CTX_COMPLIT: return ", expected expression";
        case CTX_PARAMS: return ", expected )";
        case CTX_TPARAMS: return ", expected ]";
        case CTX_STRUCT: return ", expected field name or embedded type";
        case CTX_IFACE: return ", expected ~ term or type";
        case CTX_GROUP:
            return ", expected name";
        default: break;
        }
    }
    if (ln && (acc(w, sep) || acc(w, close)) && major != sep && major != close) {
        snprintf(buf, n, " in %s; possibly missing %s or %s", ln, lex_token_name(sep), lex_token_name(close));
        return buf;
    }

    /* ---- statements ---- */
    if (w->ctx == CTX_BLOCK || w->ctx == CTX_CLAUSES) {
        static const char *const heads[] = {"CASE", "DEFAULT", NULL};
        int ch = find_any_above_open(w, heads);
        if (ch && !count_above(w, ch, TK_COLON) && acc(w, TK_COLON)) return ", expected :";
        bool in_clause = w->ctx == CTX_CLAUSES;
        bool at_start = prev == TK_LBRACE || prev == TK_SEMICOLON || prev == TK_COLON || prev == TK_START_REPL;
        if (at_start && (!ch || count_above(w, ch, TK_COLON)))
            return in_clause ? ", expected case or default or }" : ", expected }";
        if ((top_is(w, "expr_list") || top_is(w, "nb_list")) && acc(w, TK_ASSIGN) && acc(w, TK_DEFINE)) {
            return c->list_len > 1 ? ", expected := or = or comma" : " at end of statement";
        }
        if (acc(w, TK_SEMICOLON) || acc(w, TK_RBRACE)) return " at end of statement";
    }
    if (w->ctx == CTX_TOP && acc(w, TK_SEMICOLON) && major != TK_SEMICOLON) return " after top level declaration";

    /* ---- the element itself is incomplete ---- */
    if (w->ctx == CTX_INDEX && (acc(w, TK_RBRACK) || acc(w, TK_COMMA) || acc(w, TK_COLON)) && !expr_start_ok(w))
        return count_above(w, w->open, TK_COMMA) || count_above(w, w->open, TK_COLON) ? ", expected ]"
                                                                                     : ", expected comma, : or ]";
    if (expr_start_ok(w)) return ", expected expression";
    if (type_start_ok(w)) return ", expected type";
    if (acc(w, TK_IDENT) && !acc(w, TK_INT)) return ", expected name";
    int only = -1, count = 0;
    for (int t = 1; t < pe_token_count(); t++) {
        if (t == TK_OP_ASSIGN || t == TK_LBRACK_TP || t == TK_START_FILE || t == TK_START_REPL) continue;
        if (acc(w, t)) { only = t; count++; }
    }
    if (count == 1) {
        snprintf(buf, n, ", expected %s", lex_token_name(only));
        return buf;
    }
    switch (w->ctx) {
    case CTX_PAREN: case CTX_ASSERT: case CTX_CALL: case CTX_PARAMS: case CTX_GROUP:
        if (acc(w, TK_RPAREN)) return ", expected )";
        break;
    case CTX_INDEX: case CTX_BRACK: case CTX_TPARAMS:
        if (acc(w, TK_RBRACK)) return ", expected ]";
        break;
    case CTX_COMPLIT: case CTX_STRUCT: case CTX_IFACE: case CTX_BLOCK: case CTX_CLAUSES:
        if (acc(w, TK_RBRACE)) return ", expected }";
        break;
    default:
        break;
    }
    return "";
}

void pe_syntax_error(ParseCtx *c, void *parser, int major, Token *tok) {
    if (c->failed) return;
    if (major == 0 || (major == TK_SEMICOLON && tok->implicit && !strcmp(tok->text, "EOF")))
        c->incomplete = true;
    Where w = {parser, pe_stack_depth(parser), CTX_NONE, 0};
    locate(&w);
    if (getenv("GORO_PARSE_DEBUG")) { /* the parser stack, for working on these messages */
        for (int i = 1; i <= w.depth; i++) fprintf(stderr, "%s ", sym(&w, i));
        fprintf(stderr, "<- %s (ctx %d)\n", pe_symbol_name(major), (int)w.ctx);
    }
    char buf[256];
    const char *why = explain(c, &w, major, buf, sizeof buf);
    if (why[0] == '!') {
        pe_error(c, tok->pos, "%s", why + 1);
        return;
    }
    if (why[0] == '#') {
        /* go/parser's wording, no "syntax error: " prefix; "found " ends with the token */
        StrBuf b;
        sb_init(&b);
        sb_puts(&b, why + 1);
        size_t n = strlen(why);
        if (n >= 6 && !strcmp(why + n - 6, "found ")) goparser_describe(tok, &b);
        c->failed = true;
        diag_error(tok->pos, "%s", sb_cstr(&b));
        return;
    }
    if (why[0] == '@') {
        /* gc consumed the token before complaining: the position is the next token's */
        const char *kw = c->prev.code == TK_IF ? "if" : c->prev.code == TK_FOR ? "for" : "switch";
        Token next = lex_next(c->lx);
        pe_error(c, next.pos, "var declaration not allowed in %s initializer", kw);
        return;
    }
    StrBuf b;
    sb_init(&b);
    pe_describe(tok, &b);
    pe_error(c, tok->pos, "unexpected %s%s", sb_cstr(&b), why);
}
