/* parse.c — the token driver: pulls tokens from the lexer, adjusts the few that the grammar
 * cannot classify with one token of lookahead, and pushes them into lemon's parser.
 *
 * Token adjustments (the grammar's header explains why):
 *  - every op= token (+= -= ...) is pushed as OP_ASSIGN, the original code kept in the Token;
 *  - in a type declaration, `name [` is pushed as LBRACK_TP when the next two tokens are
 *    `name [`, which only a type parameter list can continue (gc's rule);
 *  - the depth of open ( [ { is tracked: beyond PARSE_MAX_DEPTH the parse stops with an error,
 *    so no input can overflow the parser's fixed stack.
 * The parse stops at the first error (lexical or syntactic).
 */
#include <pthread.h>
#include <string.h>
#include "parser_internal.h"

static void *parser_alloc(size_t n) { return mem_alloc(n); }

/* lemon's parser holds its fixed stack inline (~1 MB): allocating and zeroing one per file
 * dominated the cost of parsing small files, so finished parsers are kept in a small pool.
 * pool_mu protects pool/npool; the pool is a static (scanned) root, so pooled parsers stay
 * alive, and a parser is used by one thread at a time (taken out while parsing). */
static pthread_mutex_t pool_mu = PTHREAD_MUTEX_INITIALIZER;
static void *pool[4];
static int npool;

static void *parser_get(void) {
    void *p = NULL;
    pthread_mutex_lock(&pool_mu);
    if (npool) p = pool[--npool];
    pthread_mutex_unlock(&pool_mu);
    if (p) {
        goroParseInit(p);
        return p;
    }
    return goroParseAlloc(parser_alloc);
}

static void parser_put(void *p) {
    pthread_mutex_lock(&pool_mu);
    if (npool < (int)(sizeof pool / sizeof pool[0])) pool[npool++] = p;
    pthread_mutex_unlock(&pool_mu);
}

typedef struct Driver {
    ParseCtx *c;
    Token look[3];   /* tokens read ahead of the one being pushed */
    int look_err[3]; /* the lexer's error count once each was read */
    int nlook;
} Driver;

/* The next token, and in *errs the lexer's error count once it was read (an error while
 * reading ahead belongs to the token read, not to the one being pushed). */
static Token next_token(Driver *d, int *errs) {
    if (d->nlook) {
        Token t = d->look[0];
        *errs = d->look_err[0];
        memmove(d->look, d->look + 1, sizeof(Token) * (size_t)(d->nlook - 1));
        memmove(d->look_err, d->look_err + 1, sizeof(int) * (size_t)(d->nlook - 1));
        d->nlook--;
        return t;
    }
    Token t = lex_next(d->c->lx);
    *errs = lex_error_count(d->c->lx);
    return t;
}

static Token *peek(Driver *d, int k) {
    while (d->nlook <= k) {
        d->look[d->nlook] = lex_next(d->c->lx);
        d->look_err[d->nlook++] = lex_error_count(d->c->lx);
    }
    return &d->look[k];
}

static bool is_op_assign(int code) {
    switch (code) {
    case TK_ADD_ASSIGN: case TK_SUB_ASSIGN: case TK_MUL_ASSIGN: case TK_QUO_ASSIGN:
    case TK_REM_ASSIGN: case TK_AND_ASSIGN: case TK_OR_ASSIGN: case TK_XOR_ASSIGN:
    case TK_SHL_ASSIGN: case TK_SHR_ASSIGN: case TK_AND_NOT_ASSIGN:
        return true;
    }
    return false;
}

/* Is the identifier just pushed (c->tok) the name in a type spec? Tracks `type name` and
 * `type ( name ...; name ... )` from the token stream. */
typedef struct TypeTrack {
    int before2, before1; /* codes of the two tokens before the current one */
    int group_depth;      /* depth just inside `type (`, 0 when not in a group */
} TypeTrack;

static bool is_spec_name(TypeTrack *tt, int depth) {
    if (tt->before1 == TK_TYPE) return true;
    return tt->group_depth && depth == tt->group_depth &&
           (tt->before1 == TK_SEMICOLON || (tt->before1 == TK_LPAREN && tt->before2 == TK_TYPE));
}

static Node *run(Source *src, bool repl, bool *incomplete) {
    ParseCtx *c = NEW(ParseCtx);
    c->src = src;
    c->repl = repl;
    c->errors_before = diag_count();
    c->lx = lex_new(src);
    if (src->len >= 2 && src->text[0] == '#' && src->text[1] == '!') lex_skip_line(c->lx);
    c->parser = parser_get();
    Driver d = {c, {{0}}, {0}, 0};
    TypeTrack tt = {0, 0, 0};

    Token start = {0};
    start.code = repl ? TK_START_REPL : TK_START_FILE;
    start.text = "";
    c->tok = start;
    goroParse(c->parser, start.code, start, c);

    int lex_errors = 0;
    for (;;) {
        int errs;
        Token t = next_token(&d, &errs);
        if (errs != lex_errors) {
            c->failed = true;
            c->incomplete = lex_at_end(c->lx); /* REPL: a literal or comment still open */
            break;
        }
        int major = t.code;
        if (is_op_assign(major)) major = TK_OP_ASSIGN;
        if (major == TK_LBRACK && c->tok.code == TK_IDENT && is_spec_name(&tt, c->depth)) {
            Token *a = peek(&d, 0), *b = peek(&d, 1);
            if (a->code == TK_IDENT && b->code == TK_LBRACK) major = TK_LBRACK_TP;
        }
        switch (major) {
        case TK_LPAREN: case TK_LBRACK: case TK_LBRACE: case TK_LBRACK_TP:
            if (++c->depth > PARSE_MAX_DEPTH) {
                pe_too_deep(c, &t);
                break;
            }
            if (major == TK_LPAREN && c->tok.code == TK_TYPE && !tt.group_depth) tt.group_depth = c->depth;
            break;
        case TK_RPAREN: case TK_RBRACK: case TK_RBRACE:
            if (c->depth == tt.group_depth && major == TK_RPAREN) tt.group_depth = 0;
            c->depth--;
            break;
        }
        if (c->failed) break;
        tt.before2 = tt.before1;
        tt.before1 = c->tok.code;
        c->prev2 = c->prev;
        c->prev = c->tok;
        c->tok = t;
        goroParse(c->parser, major, t, c);
        if (c->failed || t.code == 0) break;
    }
    parser_put(c->parser);
    if (incomplete) *incomplete = c->failed && c->incomplete;
    if (diag_count() != c->errors_before || c->failed) return NULL;
    return c->result;
}

Node *parse_file(Source *src) { return run(src, false, NULL); }

Node *parse_repl_input(Source *src, bool *incomplete) {
    bool inc = false;
    Node *n = run(src, true, &inc);
    if (incomplete) *incomplete = inc;
    return n;
}
