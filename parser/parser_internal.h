/* parser_internal.h — shared by the grammar (grammar.y), the AST builders (parse_build.c), the
 * token driver (parse.c) and the syntax-error reporter (parse_errors.c). */
#ifndef GORO_PARSER_INTERNAL_H
#define GORO_PARSER_INTERNAL_H

#include <stdbool.h>
#include "../lexer/lex.h"
#include "../util/mem.h"
#include "ast.h"
#include "parse.h"
#include "grammar.h"

/* One parse: the driver's state, passed to every grammar action. */
typedef struct ParseCtx {
    Source *src;
    Lexer *lx;
    void *parser;          /* lemon's parser */
    Node *result;          /* N_FILE once accepted */
    bool repl;             /* parsing REPL input (no package clause) */
    bool failed;           /* a syntax error was reported: feed no more tokens */
    bool incomplete;       /* REPL: the error is at the end of input (more lines may fix it) */
    int errors_before;     /* diag_count() when the parse began */
    Token tok;             /* the token being pushed (the lookahead when an error is found) */
    Token prev;            /* the token pushed before it */
    Token prev2;           /* and the one before that */
    int depth;             /* open ( [ { not yet closed */
    int type_group;        /* depth inside `type (` ... `)`, or 0 */
    /* the last top-level declaration was a func without body (for "unexpected semicolon or
     * newline before {") */
    bool last_func_nobody;
    /* semicolons in the statement header reduced last (if/for/switch): "expected {" vs
     * "expected { after if clause" */
    int head_semis;
    /* length of the expression list reduced last: `a, b` then junk is "expected := or = or
     * comma", a lone `a` then junk is "at end of statement" */
    int list_len;
    int params_len;        /* parameters in the parameter list reduced last */
} ParseCtx;

/* Values of nonterminals that carry more than one node. */
typedef struct Params {
    NodeList list;
    Pos open; /* the '(' */
} Params;

typedef struct Sig {
    NodeList params, results;
    Pos open; /* the '(' of the parameters */
} Sig;

typedef struct TypeAlias {
    Node *type;
    bool alias;
} TypeAlias;

typedef struct SliceParts {
    Node *lo, *hi, *max;
    bool three;
    Pos colon2;
} SliceParts;

/* ---- lists ---- */
NodeList nl_empty(void);
NodeList nl_one(Node *x);
NodeList nl_push(NodeList l, Node *x);
NodeList nl_prepend(Node *x, NodeList l);
/* Expression lists record their length in c->list_len (see ParseCtx). */
NodeList pb_list1(ParseCtx *c, Node *x);
NodeList pb_list_push(ParseCtx *c, NodeList l, Node *x);

/* ---- AST builders (parse_build.c): one per grammar action, named after what they build ---- */
Node *pb_ident(ParseCtx *c, Token t);
Node *pb_basiclit(ParseCtx *c, Token t);
Node *pb_binary(ParseCtx *c, Node *x, Token op, Node *y);
Node *pb_unary(ParseCtx *c, Token op, Node *x);
Node *pb_paren(ParseCtx *c, Token lp, Node *x);
Node *pb_selector(ParseCtx *c, Node *x, Token dot, Token sel);
Node *pb_assert(ParseCtx *c, Node *x, Token dot, Node *type);
Node *pb_index(ParseCtx *c, Node *x, Token lb, NodeList idx);
SliceParts pb_slice_parts(ParseCtx *c, Node *lo, Token colon, Node *hi, Token *colon2, Node *max,
                          bool three);
Node *pb_slice(ParseCtx *c, Node *x, Token lb, SliceParts s, Token rb);
Node *pb_call(ParseCtx *c, Node *fun, Token lp, NodeList args, bool dots, Token rp);
Node *pb_complit_body(ParseCtx *c, Token lb, NodeList elts, Token rb);
Node *pb_complit(ParseCtx *c, Node *type, Node *body);
Node *pb_keyvalue(ParseCtx *c, Node *k, Token colon, Node *v);
Node *pb_funclit(ParseCtx *c, Token fn, Sig sig, Node *body);

Node *pb_arraytype(ParseCtx *c, Token lb, Node *len, bool dots, Node *elem);
Node *pb_star(ParseCtx *c, Token star, Node *x);
Node *pb_maptype(ParseCtx *c, Token m, Node *k, Node *v);
Node *pb_chantype(ParseCtx *c, Token t, ChanDir dir, Node *elem);
Node *pb_functype(ParseCtx *c, Token fn, Sig sig);
Node *pb_structtype(ParseCtx *c, Token s, NodeList fields);
Node *pb_ifacetype(ParseCtx *c, Token i, NodeList elems);
Node *pb_method(ParseCtx *c, Token name, Sig sig);
Node *pb_ellipsis(ParseCtx *c, Token e, Node *elem);
Node *pb_field(ParseCtx *c, NodeList names, Node *type, Node *tag);
Node *pb_field_array(ParseCtx *c, Token name, Token lb, NodeList len, int comma, Node *elem, Node *tag);

Node *pb_param(ParseCtx *c, Node *name, Node *type);
Node *pb_param_array(ParseCtx *c, Token name, Token lb, NodeList len, int comma, Node *elem);
Params pb_paramlist(ParseCtx *c, Token lp, NodeList entries, Token rp);
NodeList pb_params(ParseCtx *c, NodeList entries, Token close, bool tparams);
Sig pb_sig(Params p, NodeList results);

Node *pb_gendecl(ParseCtx *c, Token kw, DeclTok tok, NodeList specs, bool grouped);
Node *pb_import(ParseCtx *c, Node *name, Token path);
Node *pb_valuespec(ParseCtx *c, NodeList names, Node *type, NodeList values);
TypeAlias pb_ta(Node *type, bool alias);
Node *pb_typespec(ParseCtx *c, Token name, NodeList tparams, TypeAlias ta);
Node *pb_typespec_brackets(ParseCtx *c, Token name, Token lb, Node *x, Node *constraint, Token *comma,
                           NodeList rest, Token rb, TypeAlias ta);
Node *pb_funcdecl(ParseCtx *c, Params *recv, Token name, NodeList tparams, Sig sig, Node *body);
NodeList pb_topdecl(ParseCtx *c, NodeList decls, Node *d);
void pb_file(ParseCtx *c, Token pkg, Token name, NodeList decls);
void pb_repl(ParseCtx *c, NodeList items);

Node *pb_block(ParseCtx *c, Token lb, NodeList stmts, Token rb);
NodeList pb_stmt_append(ParseCtx *c, NodeList l, Node *s, Token semi);
Node *pb_declstmt(ParseCtx *c, Node *decl);
Node *pb_labeled(ParseCtx *c, Token label, Token colon, Node *s);
Node *pb_gostmt(ParseCtx *c, Token kw, Node *x);
Node *pb_return(ParseCtx *c, Token kw, NodeList results);
Node *pb_branch(ParseCtx *c, Token kw, Token *label);
Node *pb_exprstmt(ParseCtx *c, Node *x);
Node *pb_send(ParseCtx *c, Node *ch, Token arrow, Node *v);
Node *pb_incdec(ParseCtx *c, Node *x, Token op);
Node *pb_assign(ParseCtx *c, NodeList lhs, Token op, NodeList rhs);
/* Statement headers become the statement node itself, completed when the body is parsed. */
Node *pb_if_head(ParseCtx *c, Token kw, Node *init, Token *semi, Node *cond);
Node *pb_if(ParseCtx *c, Node *head, Node *then, Node *els);
Node *pb_for_head(ParseCtx *c, Token kw, Node *init, Node *cond, Node *post, bool clauses);
Node *pb_range_head(ParseCtx *c, Token kw, NodeList *lhs, Token op, Node *x);
Node *pb_for(ParseCtx *c, Node *head, Node *body);
Node *pb_switch_head(ParseCtx *c, Token kw, Node *init, bool semi, Node *tag);
Node *pb_switch(ParseCtx *c, Node *head, Node *body);
Node *pb_clauses(ParseCtx *c, Token lb, NodeList clauses, Token rb);
Node *pb_case_head(ParseCtx *c, Token kw, NodeList *list, Token colon);
Node *pb_clause(ParseCtx *c, Node *head, NodeList body);
Node *pb_select(ParseCtx *c, Token kw, NodeList clauses, Token rb);
Node *pb_comm_head(ParseCtx *c, Token kw, Node *comm, Token colon);
Node *pb_comm_clause(ParseCtx *c, Node *head, NodeList body);

/* ---- errors (parse_errors.c) ---- */
/* lemon's %syntax_error: the parser cannot take `major`; report gc's message and stop. */
void pe_syntax_error(ParseCtx *c, void *parser, int major, Token *tok);
/* Nesting beyond PARSE_MAX_DEPTH (or a parser stack overflow): report at tok (or c->tok). */
void pe_too_deep(ParseCtx *c, Token *tok);
/* A syntax error with a fixed message ("syntax error: " + msg) at pos. */
void pe_error(ParseCtx *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* How gc 1.22 names a token in "unexpected X": "x" (a name), "literal 5", "newline", "if", ")". */
void pe_describe(const Token *t, StrBuf *out);

/* ---- views of lemon's parser state, defined in grammar.y's %code ---- */
int pe_stack_depth(void *parser);
int pe_stack_symbol(void *parser, int i);
Token pe_stack_token(void *parser, int i);
const char *pe_symbol_name(int major);
int pe_token_count(void);
bool pe_accepts(void *parser, int terminal);

/* ---- lemon's entry points (grammar.c) ---- */
void *goroParseAlloc(void *(*alloc)(size_t));
void goroParseInit(void *parser); /* reset a parser for a new input */
void goroParse(void *parser, int major, Token minor, ParseCtx *ctx);

#endif
