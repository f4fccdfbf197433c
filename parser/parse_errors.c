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

void pe_describe(const Token *t, StrBuf *out) {
    switch (t->code) {
    case 0: sb_puts(out, "EOF"); return;
    case TK_IDENT: sb_puts(out, "name "); sb_put(out, t->text, t->len); return;
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
}

/* Index of the last slot named `name` above the innermost open bracket, or 0. */
static int find_above_open(Where *w, const char *name) {
    for (int i = w->depth; i > w->open; i--)
        if (is(w, i, name)) return i;
    return 0;
}

/* The partial statement's first symbol (just after the enclosing stmt_seq), or "". */
static const char *stmt_first(Where *w) {
    int s = find_above_open(w, "stmt_seq");
    if (!s) return "";
    return sym(w, s + 1);
}

static bool acc(Where *w, int t) { return pe_accepts(w->p, t); }

static bool expr_start_ok(Where *w) {
    return acc(w, TK_IDENT) && acc(w, TK_INT) && acc(w, TK_LPAREN) && acc(w, TK_SUB);
}

static bool type_start_ok(Where *w) {
    return acc(w, TK_IDENT) && acc(w, TK_MUL) && acc(w, TK_LBRACK) && acc(w, TK_MAP) && !acc(w, TK_INT);
}

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

/* The message after "unexpected X", or a whole message starting with '!' (no token). */
static const char *explain(ParseCtx *c, Where *w, int major, char *buf, size_t n) {
    int sep, close;
    const char *first = stmt_first(w);

    if (w->ctx == CTX_NONE) {
        if (major != TK_PACKAGE) return "!package statement must be first";
        return ", expected name";
    }
    if (w->ctx == CTX_TOP) {
        if (w->depth <= 2 || is(w, w->depth, "PACKAGE")) return ", expected name";
        if (is(w, w->depth, "IDENT") && is(w, w->depth - 1, "PACKAGE")) return ", expected semicolon or newline";
        if (is(w, w->depth, "topdecls")) {
            if (major == TK_LBRACE && c->last_func_nobody) return "!unexpected semicolon or newline before {";
            return "!non-declaration statement outside function body";
        }
        if (acc(w, TK_SEMICOLON) && major != TK_SEMICOLON) return " after top level declaration";
    }

    /* statement headers: if/for/switch */
    if ((w->ctx == CTX_BLOCK || w->ctx == CTX_CLAUSES) && *first) {
        int s = find_above_open(w, "stmt_seq");
        int nsemi = 0;
        for (int i = s + 1; i <= w->depth; i++)
            if (code_at(w, i) == TK_SEMICOLON) nsemi++;
        bool is_if = !strcmp(first, "IF"), is_for = !strcmp(first, "FOR"), is_sw = !strcmp(first, "SWITCH");
        if ((is_if || is_for || is_sw) && acc(w, TK_LBRACE) && major != TK_LBRACE) {
            if (is_for && major == TK_SEMICOLON && nsemi == 2) {
                snprintf(buf, n, ", expected { after for clause");
                return buf;
            }
            if (nsemi == 0 && major != TK_SEMICOLON) return ", expected {";
            if (is_if) return ", expected { after if clause";
            if (is_for && nsemi == 2) return ", expected { after for clause";
            if (is_sw) return "!missing { after switch clause";
        }
        if (is_for && major == TK_LBRACE && nsemi == 1 && is(w, w->depth, "SEMICOLON"))
            return ", expected for loop condition";
        if (is_for && nsemi == 1 && acc(w, TK_SEMICOLON) && !acc(w, TK_LBRACE))
            return ", expected semicolon or newline";
        if (!strcmp(first, "if_stmt") && is(w, w->depth, "ELSE"))
            return "!else must be followed by if or statement block";
        if (!strcmp(first, "if_head") && is(w, w->depth, "if_head") && major != TK_LBRACE)
            return ", expected { after if clause";
        if (!strcmp(first, "for_head") && is(w, w->depth, "for_head") && major != TK_LBRACE)
            return ", expected { after for clause";
        if (!strcmp(first, "switch_head") && is(w, w->depth, "switch_head") && major != TK_LBRACE)
            return "!missing { after switch clause";
        if (!strcmp(first, "SELECT") && is(w, w->depth, "SELECT")) return "!missing { after select clause";
        if (!strcmp(first, "IDENT") && is(w, w->depth, "COLON") && (major == TK_RBRACE || major == 0))
            return "!missing statement after label";
    }

    /* a complete element followed by something that is neither separator nor closer */
    const char *ln = list_name(w->ctx);
    list_tokens(w->ctx, &sep, &close);
    if (w->ctx == CTX_BLOCK || w->ctx == CTX_CLAUSES) {
        bool at_start = !*first;
        if (w->ctx == CTX_CLAUSES && (is(w, w->depth, "clauses") || is(w, w->depth, "comm_clauses") ||
                                      (at_start && find_above_open(w, "stmt_seq"))))
            return ", expected case or default or }";
        if (at_start) return ", expected }";
        if (acc(w, TK_SEMICOLON) || acc(w, TK_RBRACE)) return " at end of statement";
    } else if (ln && (acc(w, sep) || acc(w, close)) && major != sep && major != close) {
        snprintf(buf, n, " in %s; possibly missing %s or %s", ln, lex_token_name(sep), lex_token_name(close));
        return buf;
    }
    if (w->ctx == CTX_TOP && acc(w, TK_SEMICOLON) && major != TK_SEMICOLON) return " after top level declaration";

    /* the element itself is incomplete */
    if (w->ctx == CTX_INDEX && !expr_start_ok(w) && acc(w, TK_COLON) && acc(w, TK_RBRACK))
        return ", expected comma, : or ]";
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
    char buf[256];
    const char *why = explain(c, &w, major, buf, sizeof buf);
    if (why[0] == '!') {
        pe_error(c, tok->pos, "%s", why + 1);
        return;
    }
    StrBuf b;
    sb_init(&b);
    pe_describe(tok, &b);
    pe_error(c, tok->pos, "unexpected %s%s", sb_cstr(&b), why);
}
