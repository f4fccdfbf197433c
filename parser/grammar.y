/* grammar.y — Go's syntax for lemon. Every action is a one-line call into parser_build.c.
 *
 * HOW THE CLASSIC AMBIGUITIES ARE RESOLVED
 *
 * 1. `if x == T{} {`: composite literal or block? (gc: a composite literal whose type is a bare
 *    or qualified name, or an instantiated name, must be parenthesized in the header of
 *    if/for/switch, including their init statements and range clause.)
 *    Technique: duplicated "no-brace" expression rules. The `nb*` nonterminals (nbexpr,
 *    nbuexpr, nbpexpr, nb_simple, nb_list) mirror expr/uexpr/pexpr/simple_stmt/expr_list but
 *    have no `name {`, `pkg.name {` or `name[T] {` composite-literal rules, so in a header such
 *    a `{` can only open the body. Literal types keep their composite literals (`[]int{1}`,
 *    `map[K]V{}`, `[N]T{}`, `struct{...}{}`), as in gc. Parentheses, brackets, call arguments,
 *    composite-literal bodies and function-literal bodies switch back to the full rules.
 *    Where a literal type or a func type is followed by `{` in a header, the `{` belongs to the
 *    literal (gc: comptype `{` is always a literal, func type `{` always a function body):
 *    those reductions carry [LOWEST] so the shift of `{` wins.
 *
 * 2. Types in expressions: an expression can be a type (conversions, type arguments, make/new
 *    arguments, type switch cases), so `expr` covers all type syntax (`*T` is a unary `*`,
 *    `<-chan T` a unary `<-` rewritten to a channel type as gc does). Where only a type may
 *    appear (declarations, parameters, fields, results, assertions) the `type` family is used;
 *    it never takes a composite literal, so `func() T {` opens the body.
 *
 * 3. Parameter lists: entries are parsed as `name`, `name Type`, `Type`, `name ...T`; the
 *    grouping (`func(a, b int)` vs `func(int, string)`) is resolved afterwards in C
 *    (pb_params, gc's paramList rules). `name [` is the array-or-instantiation dance:
 *    `name [x] Type` is a named array parameter, `name [x, y]` an instantiated type.
 *
 * 4. `type A [N]int` vs `type G[T any] ...`: the driver (parse.c) turns `[` into LBRACK_TP
 *    when `type name [ name [` makes a type parameter list certain (gc's rule); otherwise the
 *    grammar parses `[ expr constraint? , ... ]` and pb_typespec_brackets applies gc's
 *    extractName decision (array length vs type parameters).
 *
 * 5. Channel direction: after `chan`, `<-` always means a send-only channel of the following
 *    type (`chan <-chan int` is `chan<- (chan int)`), so a channel element never starts with
 *    `<-` (chan_elem); `<-chan T` is its own type form.
 *
 * 6. Statement lists: `stmt_seq` is a sequence of `stmt ;` (stmt may be empty: `;;`); a last
 *    statement without `;` is allowed only before `}` (stmt_list). So `case 1: f() case 2:` is
 *    an error, as in gc.
 *
 * The grammar must build with no conflicts. [LOWEST] marks the few reductions that must yield
 * to a shift of ( [ { (greedy func results, literal bodies); each use is commented.
 */

%name goroParse
%token_prefix TK_
%token_type {Token}
%default_type {Node *}
%extra_argument {ParseCtx *ctx}
%stack_size 12000
%start_symbol top

%include {
#undef NDEBUG /* keep lemon's symbol names: syntax errors read the parser stack (parse_errors.c) */
#include "parser_internal.h"
#define YYNOERRORRECOVERY 1
}

%syntax_error { pe_syntax_error(ctx, yypParser, yymajor, &yyminor); }
%stack_overflow { pe_too_deep(ctx, NULL); }
%default_destructor { (void)ctx; }

/* Token codes, in a fixed order (TK_* in grammar.h). */
%token IDENT INT FLOAT IMAG CHAR STRING.
%token ADD SUB MUL QUO REM AND OR XOR SHL SHR AND_NOT.
%token ADD_ASSIGN SUB_ASSIGN MUL_ASSIGN QUO_ASSIGN REM_ASSIGN AND_ASSIGN OR_ASSIGN XOR_ASSIGN
       SHL_ASSIGN SHR_ASSIGN AND_NOT_ASSIGN.
%token LAND LOR ARROW INC DEC EQL LSS GTR ASSIGN NOT NEQ LEQ GEQ DEFINE ELLIPSIS.
%token LPAREN LBRACK LBRACE COMMA PERIOD RPAREN RBRACK RBRACE SEMICOLON COLON TILDE.
%token BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO GOTO IF
       IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE VAR.
/* made by the driver: any op= token; `[` that surely opens type parameters; entry points */
%token OP_ASSIGN LBRACK_TP START_FILE START_REPL.

/* Precedence. Besides the binary operators, it settles the few places where gc is greedy
 * (checked with `lemon -p`, which lists every resolution; all of them are these):
 *  - [LOWEST] reductions yield to any shift: a func type's results and body, a literal type's
 *    composite literal;
 *  - the level of IDENT ARROW CHAN FUNC INTERFACE MAP STRUCT makes `func()` followed by a type
 *    take it as its result (`[P func() int]`), and makes a type name yield to a following
 *    `.` or `[` (`chan pkg.T`, `[]G[int]` are one type, as in gc's type parser). */
%nonassoc LOWEST.
%nonassoc IDENT ARROW CHAN FUNC INTERFACE MAP STRUCT.
%left LOR.
%left LAND.
%left EQL NEQ LSS LEQ GTR GEQ.
%left ADD SUB OR XOR.
%left MUL QUO REM SHL SHR AND AND_NOT.
%nonassoc LPAREN LBRACK LBRACE PERIOD.

%type idlist {NodeList}
%type expr_list {NodeList}
%type nb_list {NodeList}
%type elts {NodeList}
%type elt_list {NodeList}
%type type_list {NodeList}
%type params {Params}
%type param_list {NodeList}
%type tparam_list {NodeList}
%type field_decls {NodeList}
%type fields1 {NodeList}
%type iface_elems {NodeList}
%type ielems1 {NodeList}
%type stmt_seq {NodeList}
%type stmt_list {NodeList}
%type clauses {NodeList}
%type comm_clauses {NodeList}
%type import_specs {NodeList}
%type import_specs1 {NodeList}
%type const_specs {NodeList}
%type const_specs1 {NodeList}
%type var_specs {NodeList}
%type var_specs1 {NodeList}
%type type_specs {NodeList}
%type type_specs1 {NodeList}
%type topdecls {NodeList}
%type repl_items {NodeList}
%type repl_seq {NodeList}
%type signature {Sig}
%type ta {TypeAlias}
%type slice {SliceParts}
%type comma_opt {int}

/* ---------------------------------------------------------------- entry points */

top ::= START_FILE file.
top ::= START_REPL repl_input.

file ::= PACKAGE(P) IDENT(N) SEMICOLON topdecls(D).   { pb_file(ctx, P, N, D); }

topdecls(A) ::= .                                    { A = nl_empty(); }
topdecls(A) ::= topdecls(L) topdecl(D) SEMICOLON.    { A = pb_topdecl(ctx, L, D); }

topdecl(A) ::= import_decl(D).                       { A = D; }
topdecl(A) ::= decl(D).                              { A = D; }
topdecl(A) ::= funcdecl(D).                          { A = D; }

/* REPL input: statements, imports and function declarations (not methods: `func (` could
 * also start a function literal statement), `;`-separated like a block's statements. */
repl_input ::= repl_items(L).                        { pb_repl(ctx, L); }
repl_items(A) ::= repl_seq(L).                       { A = L; }
repl_items(A) ::= repl_seq(L) repl_item(S).          { A = nl_push(L, S); }
repl_seq(A) ::= .                                    { A = nl_empty(); }
repl_seq(A) ::= repl_seq(L) repl_stmt(S) SEMICOLON(T). { A = pb_stmt_append(ctx, L, S, T); }
repl_stmt(A) ::= .                                   { A = NULL; }
repl_stmt(A) ::= repl_item(S).                       { A = S; }
repl_item(A) ::= stmt_ne(S).                         { A = S; }
repl_item(A) ::= import_decl(D).                     { A = D; }
repl_item(A) ::= FUNC IDENT(N) signature(S) body_opt(B).
    { A = pb_funcdecl(ctx, NULL, N, nl_empty(), S, B); }
repl_item(A) ::= FUNC IDENT(N) LBRACK tparam_list(L) comma_opt RBRACK(R) signature(S) body_opt(B).
    { A = pb_funcdecl(ctx, NULL, N, pb_params(ctx, L, R, true), S, B); }

/* ---------------------------------------------------------------- declarations */

import_decl(A) ::= IMPORT(K) import_spec(S).         { A = pb_gendecl(ctx, K, DECL_IMPORT, nl_one(S), false); }
import_decl(A) ::= IMPORT(K) LPAREN import_specs(L) RPAREN. { A = pb_gendecl(ctx, K, DECL_IMPORT, L, true); }
import_specs(A) ::= .                                { A = nl_empty(); }
import_specs(A) ::= import_specs1(L).                { A = L; }
import_specs(A) ::= import_specs1(L) SEMICOLON.      { A = L; }
import_specs1(A) ::= import_spec(S).                 { A = nl_one(S); }
import_specs1(A) ::= import_specs1(L) SEMICOLON import_spec(S). { A = nl_push(L, S); }
import_spec(A) ::= STRING(P).                        { A = pb_import(ctx, NULL, P); }
import_spec(A) ::= IDENT(N) STRING(P).               { A = pb_import(ctx, pb_ident(ctx, N), P); }
import_spec(A) ::= PERIOD(D) STRING(P).              { A = pb_import(ctx, pb_ident(ctx, D), P); }

decl(A) ::= CONST(K) const_spec(S).                  { A = pb_gendecl(ctx, K, DECL_CONST, nl_one(S), false); }
decl(A) ::= CONST(K) LPAREN const_specs(L) RPAREN.   { A = pb_gendecl(ctx, K, DECL_CONST, L, true); }
decl(A) ::= VAR(K) var_spec(S).                      { A = pb_gendecl(ctx, K, DECL_VAR, nl_one(S), false); }
decl(A) ::= VAR(K) LPAREN var_specs(L) RPAREN.       { A = pb_gendecl(ctx, K, DECL_VAR, L, true); }
decl(A) ::= TYPE(K) type_spec(S).                    { A = pb_gendecl(ctx, K, DECL_TYPE, nl_one(S), false); }
decl(A) ::= TYPE(K) LPAREN type_specs(L) RPAREN.     { A = pb_gendecl(ctx, K, DECL_TYPE, L, true); }

const_specs(A) ::= .                                 { A = nl_empty(); }
const_specs(A) ::= const_specs1(L).                  { A = L; }
const_specs(A) ::= const_specs1(L) SEMICOLON.        { A = L; }
const_specs1(A) ::= const_spec(S).                   { A = nl_one(S); }
const_specs1(A) ::= const_specs1(L) SEMICOLON const_spec(S). { A = nl_push(L, S); }
const_spec(A) ::= idlist(N).                         { A = pb_valuespec(ctx, N, NULL, nl_empty()); }
const_spec(A) ::= idlist(N) type(T).                 { A = pb_valuespec(ctx, N, T, nl_empty()); }
const_spec(A) ::= idlist(N) ASSIGN expr_list(V).     { A = pb_valuespec(ctx, N, NULL, V); }
const_spec(A) ::= idlist(N) type(T) ASSIGN expr_list(V). { A = pb_valuespec(ctx, N, T, V); }

var_specs(A) ::= .                                   { A = nl_empty(); }
var_specs(A) ::= var_specs1(L).                      { A = L; }
var_specs(A) ::= var_specs1(L) SEMICOLON.            { A = L; }
var_specs1(A) ::= var_spec(S).                       { A = nl_one(S); }
var_specs1(A) ::= var_specs1(L) SEMICOLON var_spec(S). { A = nl_push(L, S); }
var_spec(A) ::= idlist(N) type(T).                   { A = pb_valuespec(ctx, N, T, nl_empty()); }
var_spec(A) ::= idlist(N) ASSIGN expr_list(V).       { A = pb_valuespec(ctx, N, NULL, V); }
var_spec(A) ::= idlist(N) type(T) ASSIGN expr_list(V). { A = pb_valuespec(ctx, N, T, V); }

idlist(A) ::= IDENT(N).                              { A = nl_one(pb_ident(ctx, N)); }
idlist(A) ::= idlist(L) COMMA IDENT(N).              { A = nl_push(L, pb_ident(ctx, N)); }

type_specs(A) ::= .                                  { A = nl_empty(); }
type_specs(A) ::= type_specs1(L).                    { A = L; }
type_specs(A) ::= type_specs1(L) SEMICOLON.          { A = L; }
type_specs1(A) ::= type_spec(S).                     { A = nl_one(S); }
type_specs1(A) ::= type_specs1(L) SEMICOLON type_spec(S). { A = nl_push(L, S); }

ta(A) ::= type(T).                                   { A = pb_ta(T, false); }
ta(A) ::= ASSIGN type(T).                            { A = pb_ta(T, true); }

type_spec(A) ::= IDENT(N) type_nolbrack(T).          { A = pb_typespec(ctx, N, nl_empty(), pb_ta(T, false)); }
type_spec(A) ::= IDENT(N) ASSIGN type(T).            { A = pb_typespec(ctx, N, nl_empty(), pb_ta(T, true)); }
type_spec(A) ::= IDENT(N) LBRACK(B) RBRACK type(T).  { A = pb_typespec(ctx, N, nl_empty(), pb_ta(pb_arraytype(ctx, B, NULL, false, T), false)); }
type_spec(A) ::= IDENT(N) LBRACK(B) ELLIPSIS RBRACK type(T). { A = pb_typespec(ctx, N, nl_empty(), pb_ta(pb_arraytype(ctx, B, NULL, true, T), false)); }
/* array length or type parameters: decided by pb_typespec_brackets (gc's extractName) */
type_spec(A) ::= IDENT(N) LBRACK(B) expr(X) RBRACK(R) ta(T).
    { A = pb_typespec_brackets(ctx, N, B, X, NULL, NULL, nl_empty(), R, T); }
type_spec(A) ::= IDENT(N) LBRACK(B) expr(X) celem_ns(C) RBRACK(R) ta(T).
    { A = pb_typespec_brackets(ctx, N, B, X, C, NULL, nl_empty(), R, T); }
type_spec(A) ::= IDENT(N) LBRACK(B) expr(X) COMMA(M) RBRACK(R) ta(T).
    { A = pb_typespec_brackets(ctx, N, B, X, NULL, &M, nl_empty(), R, T); }
type_spec(A) ::= IDENT(N) LBRACK(B) expr(X) celem_ns(C) COMMA(M) RBRACK(R) ta(T).
    { A = pb_typespec_brackets(ctx, N, B, X, C, &M, nl_empty(), R, T); }
type_spec(A) ::= IDENT(N) LBRACK(B) expr(X) COMMA(M) tparam_list(L) comma_opt RBRACK(R) ta(T).
    { A = pb_typespec_brackets(ctx, N, B, X, NULL, &M, L, R, T); }
type_spec(A) ::= IDENT(N) LBRACK(B) expr(X) celem_ns(C) COMMA(M) tparam_list(L) comma_opt RBRACK(R) ta(T).
    { A = pb_typespec_brackets(ctx, N, B, X, C, &M, L, R, T); }
type_spec(A) ::= IDENT(N) LBRACK_TP tparam_list(L) comma_opt RBRACK(R) ta(T).
    { A = pb_typespec(ctx, N, pb_params(ctx, L, R, true), T); }

tparam_list(A) ::= tparam(P).                        { A = nl_one(P); }
tparam_list(A) ::= tparam_list(L) COMMA tparam(P).   { A = nl_push(L, P); }
tparam(A) ::= IDENT(N).                              { A = pb_param(ctx, pb_ident(ctx, N), NULL); }
tparam(A) ::= IDENT(N) celem(C).                     { A = pb_param(ctx, pb_ident(ctx, N), C); }

comma_opt(A) ::= .                                   { A = 0; }
comma_opt(A) ::= COMMA.                              { A = 1; }

/* ---------------------------------------------------------------- functions */

funcdecl(A) ::= FUNC IDENT(N) signature(S) body_opt(B).
    { A = pb_funcdecl(ctx, NULL, N, nl_empty(), S, B); }
funcdecl(A) ::= FUNC IDENT(N) LBRACK tparam_list(L) comma_opt RBRACK(R) signature(S) body_opt(B).
    { A = pb_funcdecl(ctx, NULL, N, pb_params(ctx, L, R, true), S, B); }
funcdecl(A) ::= FUNC params(P) IDENT(N) signature(S) body_opt(B).
    { A = pb_funcdecl(ctx, &P, N, nl_empty(), S, B); }

body_opt(A) ::= .                                    { A = NULL; }
body_opt(A) ::= block(B).                            { A = B; }

/* A signature is params plus optional results; the results are greedy: after the
 * parameters, `(` or a type always starts the results ([LOWEST] yields to the shift). */
signature(A) ::= params(P). [LOWEST]                 { A = pb_sig(P, nl_empty()); }
signature(A) ::= params(P) restype(T).               { A = pb_sig(P, nl_one(pb_field(ctx, nl_empty(), T, NULL))); }
signature(A) ::= params(P) params(R).                { A = pb_sig(P, R.list); }

params(A) ::= LPAREN(P) RPAREN(R).                   { A = pb_paramlist(ctx, P, nl_empty(), R); }
params(A) ::= LPAREN(P) param_list(L) comma_opt RPAREN(R). { A = pb_paramlist(ctx, P, L, R); }
param_list(A) ::= param(P).                          { A = nl_one(P); }
param_list(A) ::= param_list(L) COMMA param(P).      { A = nl_push(L, P); }

param(A) ::= IDENT(N).                               { A = pb_param(ctx, pb_ident(ctx, N), NULL); }
param(A) ::= IDENT(N) PERIOD(D) IDENT(S).            { A = pb_param(ctx, NULL, pb_selector(ctx, pb_ident(ctx, N), D, S)); }
param(A) ::= IDENT(N) PERIOD(D) IDENT(S) LBRACK(B) type_list(L) comma_opt RBRACK.
    { A = pb_param(ctx, NULL, pb_index(ctx, pb_selector(ctx, pb_ident(ctx, N), D, S), B, L)); }
param(A) ::= IDENT(N) LBRACK(B) expr_list(L) comma_opt(C) RBRACK.
    { A = pb_param(ctx, NULL, pb_index(ctx, pb_ident(ctx, N), B, L)); (void)C; }
param(A) ::= IDENT(N) LBRACK(B) expr_list(L) comma_opt(C) RBRACK type(T).
    { A = pb_param_array(ctx, N, B, L, C, T); }
param(A) ::= IDENT(N) LBRACK(B) RBRACK type(T).     { A = pb_param(ctx, pb_ident(ctx, N), pb_arraytype(ctx, B, NULL, false, T)); }
param(A) ::= IDENT(N) type_nolbrack(T).              { A = pb_param(ctx, pb_ident(ctx, N), T); }
param(A) ::= IDENT(N) ELLIPSIS(E) type(T).           { A = pb_param(ctx, pb_ident(ctx, N), pb_ellipsis(ctx, E, T)); }
param(A) ::= ELLIPSIS(E) type(T).                    { A = pb_param(ctx, NULL, pb_ellipsis(ctx, E, T)); }
param(A) ::= type_noident(T).                        { A = pb_param(ctx, NULL, T); }

/* ---------------------------------------------------------------- types */

type(A) ::= tname(T).                                { A = T; }
type(A) ::= tbrack(T).                               { A = T; }
type(A) ::= tstar(T).                                { A = T; }
type(A) ::= tparen(T).                               { A = T; }
type(A) ::= tkw(T).                                  { A = T; }

type_nolbrack(A) ::= tname(T).                       { A = T; }
type_nolbrack(A) ::= tstar(T).                       { A = T; }
type_nolbrack(A) ::= tparen(T).                      { A = T; }
type_nolbrack(A) ::= tkw(T).                         { A = T; }

type_noident(A) ::= tbrack(T).                       { A = T; }
type_noident(A) ::= tstar(T).                        { A = T; }
type_noident(A) ::= tparen(T).                       { A = T; }
type_noident(A) ::= tkw(T).                          { A = T; }

/* a result type written without parentheses */
restype(A) ::= tname(T).                             { A = T; }
restype(A) ::= tbrack(T).                            { A = T; }
restype(A) ::= tstar(T).                             { A = T; }
restype(A) ::= tkw(T).                               { A = T; }

/* a channel element: any type not starting with <- */
chan_elem(A) ::= tname(T).                           { A = T; }
chan_elem(A) ::= tbrack(T).                          { A = T; }
chan_elem(A) ::= tstar(T).                           { A = T; }
chan_elem(A) ::= tparen(T).                          { A = T; }
chan_elem(A) ::= tkw_na(T).                          { A = T; }

tname(A) ::= IDENT(N).                               { A = pb_ident(ctx, N); }
tname(A) ::= IDENT(N) PERIOD(D) IDENT(S).            { A = pb_selector(ctx, pb_ident(ctx, N), D, S); }
tname(A) ::= IDENT(N) LBRACK(B) type_list(L) comma_opt RBRACK.
    { A = pb_index(ctx, pb_ident(ctx, N), B, L); }
tname(A) ::= IDENT(N) PERIOD(D) IDENT(S) LBRACK(B) type_list(L) comma_opt RBRACK.
    { A = pb_index(ctx, pb_selector(ctx, pb_ident(ctx, N), D, S), B, L); }

type_list(A) ::= type(T).                            { A = nl_one(T); }
type_list(A) ::= type_list(L) COMMA type(T).         { A = nl_push(L, T); }

tbrack(A) ::= LBRACK(B) RBRACK type(T).              { A = pb_arraytype(ctx, B, NULL, false, T); }
tbrack(A) ::= LBRACK(B) expr(N) RBRACK type(T).      { A = pb_arraytype(ctx, B, N, false, T); }
tbrack(A) ::= LBRACK(B) ELLIPSIS RBRACK type(T).     { A = pb_arraytype(ctx, B, NULL, true, T); }

tstar(A) ::= MUL(S) type(T).                         { A = pb_star(ctx, S, T); }
tparen(A) ::= LPAREN type(T) RPAREN.                 { A = T; }

tkw(A) ::= tkw_na(T).                                { A = T; }
tkw(A) ::= ARROW(R) CHAN type(T).                    { A = pb_chantype(ctx, R, CHAN_RECV, T); }

tkw_na(A) ::= FUNC(F) signature(S).                  { A = pb_functype(ctx, F, S); }
tkw_na(A) ::= MAP(M) LBRACK type(K) RBRACK type(V).  { A = pb_maptype(ctx, M, K, V); }
tkw_na(A) ::= CHAN(C) chan_elem(T).                  { A = pb_chantype(ctx, C, CHAN_BOTH, T); }
tkw_na(A) ::= CHAN(C) ARROW type(T).                 { A = pb_chantype(ctx, C, CHAN_SEND, T); }
tkw_na(A) ::= structtype(T).                         { A = T; }
tkw_na(A) ::= ifacetype(T).                          { A = T; }

structtype(A) ::= STRUCT(S) LBRACE field_decls(L) RBRACE. { A = pb_structtype(ctx, S, L); }
field_decls(A) ::= .                                 { A = nl_empty(); }
field_decls(A) ::= fields1(L).                       { A = L; }
field_decls(A) ::= fields1(L) SEMICOLON.             { A = L; }
fields1(A) ::= field_decl(F).                        { A = nl_one(F); }
fields1(A) ::= fields1(L) SEMICOLON field_decl(F).   { A = nl_push(L, F); }

field_decl(A) ::= IDENT(N) tag_opt(G).               { A = pb_field(ctx, nl_empty(), pb_ident(ctx, N), G); }
field_decl(A) ::= IDENT(N) PERIOD(D) IDENT(S) tag_opt(G).
    { A = pb_field(ctx, nl_empty(), pb_selector(ctx, pb_ident(ctx, N), D, S), G); }
field_decl(A) ::= IDENT(N) PERIOD(D) IDENT(S) LBRACK(B) type_list(L) comma_opt RBRACK tag_opt(G).
    { A = pb_field(ctx, nl_empty(), pb_index(ctx, pb_selector(ctx, pb_ident(ctx, N), D, S), B, L), G); }
field_decl(A) ::= MUL(M) tname(T) tag_opt(G).        { A = pb_field(ctx, nl_empty(), pb_star(ctx, M, T), G); }
field_decl(A) ::= IDENT(N) LBRACK(B) expr_list(L) comma_opt(C) RBRACK tag_opt(G).
    { A = pb_field(ctx, nl_empty(), pb_index(ctx, pb_ident(ctx, N), B, L), G); (void)C; }
field_decl(A) ::= IDENT(N) LBRACK(B) expr_list(L) comma_opt(C) RBRACK type(T) tag_opt(G).
    { A = pb_field_array(ctx, N, B, L, C, T, G); }
field_decl(A) ::= IDENT(N) LBRACK(B) RBRACK type(T) tag_opt(G).
    { A = pb_field(ctx, nl_one(pb_ident(ctx, N)), pb_arraytype(ctx, B, NULL, false, T), G); }
field_decl(A) ::= IDENT(N) type_nolbrack(T) tag_opt(G).
    { A = pb_field(ctx, nl_one(pb_ident(ctx, N)), T, G); }
field_decl(A) ::= IDENT(N) COMMA idlist(L) type(T) tag_opt(G).
    { A = pb_field(ctx, nl_prepend(pb_ident(ctx, N), L), T, G); }

tag_opt(A) ::= .                                     { A = NULL; }
tag_opt(A) ::= STRING(S).                            { A = pb_basiclit(ctx, S); }

ifacetype(A) ::= INTERFACE(I) LBRACE iface_elems(L) RBRACE. { A = pb_ifacetype(ctx, I, L); }
iface_elems(A) ::= .                                 { A = nl_empty(); }
iface_elems(A) ::= ielems1(L).                       { A = L; }
iface_elems(A) ::= ielems1(L) SEMICOLON.             { A = L; }
ielems1(A) ::= iface_elem(E).                        { A = nl_one(E); }
ielems1(A) ::= ielems1(L) SEMICOLON iface_elem(E).   { A = nl_push(L, E); }
iface_elem(A) ::= IDENT(N) signature(S).             { A = pb_method(ctx, N, S); }
iface_elem(A) ::= celem(C).                          { A = pb_field(ctx, nl_empty(), C, NULL); }

/* constraint elements: unions of types and ~types */
celem(A) ::= cterm(T).                               { A = T; }
celem(A) ::= celem(X) OR(O) cterm(Y).                { A = pb_binary(ctx, X, O, Y); }
cterm(A) ::= type(T).                                { A = T; }
cterm(A) ::= TILDE(O) type(T).                       { A = pb_unary(ctx, O, T); }
/* ... not starting with * ( or [ (those continue the expression in `type T[P *C]`) */
celem_ns(A) ::= cterm_ns(T).                         { A = T; }
celem_ns(A) ::= celem_ns(X) OR(O) cterm(Y).          { A = pb_binary(ctx, X, O, Y); }
cterm_ns(A) ::= tname(T).                            { A = T; }
cterm_ns(A) ::= tkw(T).                              { A = T; }
cterm_ns(A) ::= TILDE(O) type(T).                    { A = pb_unary(ctx, O, T); }

/* ---------------------------------------------------------------- expressions */

expr(A) ::= uexpr(X).                                { A = X; }
expr(A) ::= expr(X) LOR(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) LAND(O) expr(Y).                 { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) EQL(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) NEQ(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) LSS(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) LEQ(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) GTR(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) GEQ(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) ADD(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) SUB(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) OR(O) expr(Y).                   { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) XOR(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) MUL(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) QUO(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) REM(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) SHL(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) SHR(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) AND(O) expr(Y).                  { A = pb_binary(ctx, X, O, Y); }
expr(A) ::= expr(X) AND_NOT(O) expr(Y).              { A = pb_binary(ctx, X, O, Y); }

uexpr(A) ::= pexpr(X).                               { A = X; }
uexpr(A) ::= ADD(O) uexpr(X).                        { A = pb_unary(ctx, O, X); }
uexpr(A) ::= SUB(O) uexpr(X).                        { A = pb_unary(ctx, O, X); }
uexpr(A) ::= NOT(O) uexpr(X).                        { A = pb_unary(ctx, O, X); }
uexpr(A) ::= XOR(O) uexpr(X).                        { A = pb_unary(ctx, O, X); }
uexpr(A) ::= MUL(O) uexpr(X).                        { A = pb_unary(ctx, O, X); }
uexpr(A) ::= AND(O) uexpr(X).                        { A = pb_unary(ctx, O, X); }
uexpr(A) ::= ARROW(O) uexpr(X).                      { A = pb_unary(ctx, O, X); }
uexpr(A) ::= TILDE(O) uexpr(X).                      { A = pb_unary(ctx, O, X); }

pexpr(A) ::= operand(X).                             { A = X; }
pexpr(A) ::= IDENT(N).                               { A = pb_ident(ctx, N); }
pexpr(A) ::= pexpr(X) PERIOD(D) IDENT(S).            { A = pb_selector(ctx, X, D, S); }
pexpr(A) ::= pexpr(X) PERIOD(D) LPAREN type(T) RPAREN. { A = pb_assert(ctx, X, D, T); }
pexpr(A) ::= pexpr(X) PERIOD(D) LPAREN TYPE RPAREN.  { A = pb_assert(ctx, X, D, NULL); }
pexpr(A) ::= pexpr(X) LBRACK(B) expr_list(L) comma_opt RBRACK. { A = pb_index(ctx, X, B, L); }
pexpr(A) ::= pexpr(X) LBRACK(B) slice(S) RBRACK(R).  { A = pb_slice(ctx, X, B, S, R); }
pexpr(A) ::= pexpr(X) LPAREN(P) RPAREN(R).           { A = pb_call(ctx, X, P, nl_empty(), false, R); }
pexpr(A) ::= pexpr(X) LPAREN(P) expr_list(L) comma_opt RPAREN(R). { A = pb_call(ctx, X, P, L, false, R); }
pexpr(A) ::= pexpr(X) LPAREN(P) expr_list(L) ELLIPSIS comma_opt RPAREN(R). { A = pb_call(ctx, X, P, L, true, R); }
/* composite literals whose type is a name, qualified name or instantiated name */
pexpr(A) ::= IDENT(N) complit(C).                    { A = pb_complit(ctx, pb_ident(ctx, N), C); }
pexpr(A) ::= pexpr(X) PERIOD(D) IDENT(S) complit(C). { A = pb_complit(ctx, pb_selector(ctx, X, D, S), C); }
pexpr(A) ::= pexpr(X) LBRACK(B) expr_list(L) comma_opt RBRACK complit(C).
    { A = pb_complit(ctx, pb_index(ctx, X, B, L), C); }
pexpr(A) ::= littype(T) complit(C).                  { A = pb_complit(ctx, T, C); }

slice(A) ::= expr_opt(L) COLON(C) expr_opt(H).       { A = pb_slice_parts(ctx, L, C, H, NULL, NULL, false); }
slice(A) ::= expr_opt(L) COLON(C) expr_opt(H) COLON(D) expr_opt(M). { A = pb_slice_parts(ctx, L, C, H, &D, M, true); }
expr_opt(A) ::= .                                    { A = NULL; }
expr_opt(A) ::= expr(X).                             { A = X; }

/* operands shared by the full and the no-brace expression rules */
operand(A) ::= INT(T).                               { A = pb_basiclit(ctx, T); }
operand(A) ::= FLOAT(T).                             { A = pb_basiclit(ctx, T); }
operand(A) ::= IMAG(T).                              { A = pb_basiclit(ctx, T); }
operand(A) ::= CHAR(T).                              { A = pb_basiclit(ctx, T); }
operand(A) ::= STRING(T).                            { A = pb_basiclit(ctx, T); }
operand(A) ::= LPAREN(P) expr(X) RPAREN.             { A = pb_paren(ctx, P, X); }
operand(A) ::= FUNC(F) signature(S) block(B).        { A = pb_funclit(ctx, F, S, B); }
/* a func type as a value (conversion, type argument); `{` after it opens a body */
operand(A) ::= FUNC(F) signature(S). [LOWEST]        { A = pb_functype(ctx, F, S); }
/* a literal type as a value; `{` after it opens its composite literal, even in a header */
operand(A) ::= littype(T). [LOWEST]                  { A = T; }
operand(A) ::= CHAN(C) chan_elem(T).                 { A = pb_chantype(ctx, C, CHAN_BOTH, T); }
operand(A) ::= CHAN(C) ARROW type(T).                { A = pb_chantype(ctx, C, CHAN_SEND, T); }
operand(A) ::= ifacetype(T).                         { A = T; }

littype(A) ::= LBRACK(B) RBRACK type(T).             { A = pb_arraytype(ctx, B, NULL, false, T); }
littype(A) ::= LBRACK(B) expr(N) RBRACK type(T).     { A = pb_arraytype(ctx, B, N, false, T); }
littype(A) ::= LBRACK(B) ELLIPSIS RBRACK type(T).    { A = pb_arraytype(ctx, B, NULL, true, T); }
littype(A) ::= MAP(M) LBRACK type(K) RBRACK type(V). { A = pb_maptype(ctx, M, K, V); }
littype(A) ::= structtype(T).                        { A = T; }

complit(A) ::= LBRACE(L) elts(E) RBRACE(R).          { A = pb_complit_body(ctx, L, E, R); }
elts(A) ::= .                                        { A = nl_empty(); }
elts(A) ::= elt_list(L) comma_opt.                   { A = L; }
elt_list(A) ::= elt(E).                              { A = nl_one(E); }
elt_list(A) ::= elt_list(L) COMMA elt(E).            { A = nl_push(L, E); }
elt(A) ::= elem(E).                                  { A = E; }
elt(A) ::= elem(K) COLON(C) elem(V).                 { A = pb_keyvalue(ctx, K, C, V); }
elem(A) ::= expr(X).                                 { A = X; }
elem(A) ::= complit(C).                              { A = pb_complit(ctx, NULL, C); }

expr_list(A) ::= expr(X).                            { A = pb_list1(ctx, X); }
expr_list(A) ::= expr_list(L) COMMA expr(X).         { A = pb_list_push(ctx, L, X); }

/* ---- the no-brace mirror used in statement headers (see 1. above) ---- */

nbexpr(A) ::= nbuexpr(X).                            { A = X; }
nbexpr(A) ::= nbexpr(X) LOR(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) LAND(O) nbexpr(Y).           { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) EQL(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) NEQ(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) LSS(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) LEQ(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) GTR(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) GEQ(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) ADD(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) SUB(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) OR(O) nbexpr(Y).             { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) XOR(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) MUL(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) QUO(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) REM(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) SHL(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) SHR(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) AND(O) nbexpr(Y).            { A = pb_binary(ctx, X, O, Y); }
nbexpr(A) ::= nbexpr(X) AND_NOT(O) nbexpr(Y).        { A = pb_binary(ctx, X, O, Y); }

nbuexpr(A) ::= nbpexpr(X).                           { A = X; }
nbuexpr(A) ::= ADD(O) nbuexpr(X).                    { A = pb_unary(ctx, O, X); }
nbuexpr(A) ::= SUB(O) nbuexpr(X).                    { A = pb_unary(ctx, O, X); }
nbuexpr(A) ::= NOT(O) nbuexpr(X).                    { A = pb_unary(ctx, O, X); }
nbuexpr(A) ::= XOR(O) nbuexpr(X).                    { A = pb_unary(ctx, O, X); }
nbuexpr(A) ::= MUL(O) nbuexpr(X).                    { A = pb_unary(ctx, O, X); }
nbuexpr(A) ::= AND(O) nbuexpr(X).                    { A = pb_unary(ctx, O, X); }
nbuexpr(A) ::= ARROW(O) nbuexpr(X).                  { A = pb_unary(ctx, O, X); }
nbuexpr(A) ::= TILDE(O) nbuexpr(X).                  { A = pb_unary(ctx, O, X); }

nbpexpr(A) ::= operand(X).                           { A = X; }
nbpexpr(A) ::= IDENT(N).                             { A = pb_ident(ctx, N); }
nbpexpr(A) ::= nbpexpr(X) PERIOD(D) IDENT(S).        { A = pb_selector(ctx, X, D, S); }
nbpexpr(A) ::= nbpexpr(X) PERIOD(D) LPAREN type(T) RPAREN. { A = pb_assert(ctx, X, D, T); }
nbpexpr(A) ::= nbpexpr(X) PERIOD(D) LPAREN TYPE RPAREN. { A = pb_assert(ctx, X, D, NULL); }
nbpexpr(A) ::= nbpexpr(X) LBRACK(B) expr_list(L) comma_opt RBRACK. { A = pb_index(ctx, X, B, L); }
nbpexpr(A) ::= nbpexpr(X) LBRACK(B) slice(S) RBRACK(R). { A = pb_slice(ctx, X, B, S, R); }
nbpexpr(A) ::= nbpexpr(X) LPAREN(P) RPAREN(R).       { A = pb_call(ctx, X, P, nl_empty(), false, R); }
nbpexpr(A) ::= nbpexpr(X) LPAREN(P) expr_list(L) comma_opt RPAREN(R). { A = pb_call(ctx, X, P, L, false, R); }
nbpexpr(A) ::= nbpexpr(X) LPAREN(P) expr_list(L) ELLIPSIS comma_opt RPAREN(R). { A = pb_call(ctx, X, P, L, true, R); }
nbpexpr(A) ::= littype(T) complit(C).                { A = pb_complit(ctx, T, C); }

nb_list(A) ::= nbexpr(X).                            { A = pb_list1(ctx, X); }
nb_list(A) ::= nb_list(L) COMMA nbexpr(X).           { A = pb_list_push(ctx, L, X); }

/* ---------------------------------------------------------------- statements */

block(A) ::= LBRACE(L) stmt_list(S) RBRACE(R).       { A = pb_block(ctx, L, S, R); }

stmt_list(A) ::= stmt_seq(L).                        { A = L; }
stmt_list(A) ::= stmt_seq(L) stmt_ne(S).             { A = nl_push(L, S); }
stmt_seq(A) ::= .                                    { A = nl_empty(); }
stmt_seq(A) ::= stmt_seq(L) stmt(S) SEMICOLON(T).    { A = pb_stmt_append(ctx, L, S, T); }

stmt(A) ::= .                                        { A = NULL; }
stmt(A) ::= stmt_ne(S).                              { A = S; }

stmt_ne(A) ::= simple_stmt(S).                       { A = S; }
stmt_ne(A) ::= decl(D).                              { A = pb_declstmt(ctx, D); }
stmt_ne(A) ::= IDENT(L) COLON(C) stmt(S).            { A = pb_labeled(ctx, L, C, S); }
stmt_ne(A) ::= GO(K) pexpr(X).                       { A = pb_gostmt(ctx, K, X); }
stmt_ne(A) ::= DEFER(K) pexpr(X).                    { A = pb_gostmt(ctx, K, X); }
stmt_ne(A) ::= RETURN(K).                            { A = pb_return(ctx, K, nl_empty()); }
stmt_ne(A) ::= RETURN(K) expr_list(L).               { A = pb_return(ctx, K, L); }
stmt_ne(A) ::= BREAK(K).                             { A = pb_branch(ctx, K, NULL); }
stmt_ne(A) ::= BREAK(K) IDENT(L).                    { A = pb_branch(ctx, K, &L); }
stmt_ne(A) ::= CONTINUE(K).                          { A = pb_branch(ctx, K, NULL); }
stmt_ne(A) ::= CONTINUE(K) IDENT(L).                 { A = pb_branch(ctx, K, &L); }
stmt_ne(A) ::= GOTO(K) IDENT(L).                     { A = pb_branch(ctx, K, &L); }
stmt_ne(A) ::= FALLTHROUGH(K).                       { A = pb_branch(ctx, K, NULL); }
stmt_ne(A) ::= block(B).                             { A = B; }
stmt_ne(A) ::= if_stmt(S).                           { A = S; }
stmt_ne(A) ::= switch_stmt(S).                       { A = S; }
stmt_ne(A) ::= select_stmt(S).                       { A = S; }
stmt_ne(A) ::= for_stmt(S).                          { A = S; }

simple_stmt(A) ::= expr(X).                          { A = pb_exprstmt(ctx, X); }
simple_stmt(A) ::= expr(X) ARROW(O) expr(Y).         { A = pb_send(ctx, X, O, Y); }
simple_stmt(A) ::= expr(X) INC(O).                   { A = pb_incdec(ctx, X, O); }
simple_stmt(A) ::= expr(X) DEC(O).                   { A = pb_incdec(ctx, X, O); }
simple_stmt(A) ::= expr(X) OP_ASSIGN(O) expr(Y).     { A = pb_assign(ctx, nl_one(X), O, nl_one(Y)); }
simple_stmt(A) ::= expr_list(L) ASSIGN(O) expr_list(R). { A = pb_assign(ctx, L, O, R); }
simple_stmt(A) ::= expr_list(L) DEFINE(O) expr_list(R). { A = pb_assign(ctx, L, O, R); }

nb_simple(A) ::= nbexpr(X).                          { A = pb_exprstmt(ctx, X); }
nb_simple(A) ::= nbexpr(X) ARROW(O) nbexpr(Y).       { A = pb_send(ctx, X, O, Y); }
nb_simple(A) ::= nbexpr(X) INC(O).                   { A = pb_incdec(ctx, X, O); }
nb_simple(A) ::= nbexpr(X) DEC(O).                   { A = pb_incdec(ctx, X, O); }
nb_simple(A) ::= nbexpr(X) OP_ASSIGN(O) nbexpr(Y).   { A = pb_assign(ctx, nl_one(X), O, nl_one(Y)); }
nb_simple(A) ::= nb_list(L) ASSIGN(O) nb_list(R).    { A = pb_assign(ctx, L, O, R); }
nb_simple(A) ::= nb_list(L) DEFINE(O) nb_list(R).    { A = pb_assign(ctx, L, O, R); }

nb_simple_opt(A) ::= .                               { A = NULL; }
nb_simple_opt(A) ::= nb_simple(S).                   { A = S; }

/* Headers reduce before the body is read, so their errors come first, as in gc. */
if_stmt(A) ::= if_head(H) block(B) else_opt(E).      { A = pb_if(ctx, H, B, E); }
if_head(A) ::= IF(K).                                { A = pb_if_head(ctx, K, NULL, NULL, NULL); }
if_head(A) ::= IF(K) nb_simple(C).                   { A = pb_if_head(ctx, K, NULL, NULL, C); }
if_head(A) ::= IF(K) nb_simple_opt(I) SEMICOLON(S) nb_simple_opt(C). { A = pb_if_head(ctx, K, I, &S, C); }
else_opt(A) ::= .                                    { A = NULL; }
else_opt(A) ::= ELSE if_stmt(S).                     { A = S; }
else_opt(A) ::= ELSE block(B).                       { A = B; }

for_stmt(A) ::= for_head(H) block(B).               { A = pb_for(ctx, H, B); }
for_head(A) ::= FOR(K).                              { A = pb_for_head(ctx, K, NULL, NULL, NULL, false); }
for_head(A) ::= FOR(K) nb_simple(C).                 { A = pb_for_head(ctx, K, NULL, C, NULL, false); }
for_head(A) ::= FOR(K) nb_simple_opt(I) SEMICOLON nb_simple_opt(C) SEMICOLON nb_simple_opt(P).
    { A = pb_for_head(ctx, K, I, C, P, true); }
for_head(A) ::= FOR(K) nb_list(L) ASSIGN(O) RANGE nbexpr(X). { A = pb_range_head(ctx, K, &L, O, X); }
for_head(A) ::= FOR(K) nb_list(L) DEFINE(O) RANGE nbexpr(X). { A = pb_range_head(ctx, K, &L, O, X); }
for_head(A) ::= FOR(K) RANGE(O) nbexpr(X).           { A = pb_range_head(ctx, K, NULL, O, X); }

switch_stmt(A) ::= switch_head(H) switch_body(B).    { A = pb_switch(ctx, H, B); }
switch_head(A) ::= SWITCH(K).                        { A = pb_switch_head(ctx, K, NULL, false, NULL); }
switch_head(A) ::= SWITCH(K) nb_simple(T).           { A = pb_switch_head(ctx, K, NULL, false, T); }
switch_head(A) ::= SWITCH(K) nb_simple_opt(I) SEMICOLON. { A = pb_switch_head(ctx, K, I, true, NULL); }
switch_head(A) ::= SWITCH(K) nb_simple_opt(I) SEMICOLON nb_simple(T). { A = pb_switch_head(ctx, K, I, true, T); }

/* a clause body must end with ';' unless it is the last one, before '}' */
switch_body(A) ::= LBRACE(L) clauses(C) RBRACE(R).   { A = pb_clauses(ctx, L, C, R); }
switch_body(A) ::= LBRACE(L) clauses(C) case_head(H) stmt_seq(S) stmt_ne(X) RBRACE(R).
    { A = pb_clauses(ctx, L, nl_push(C, pb_clause(ctx, H, nl_push(S, X))), R); }
clauses(A) ::= .                                     { A = nl_empty(); }
clauses(A) ::= clauses(L) case_head(H) stmt_seq(S).  { A = nl_push(L, pb_clause(ctx, H, S)); }
case_head(A) ::= CASE(K) expr_list(L) COLON(C).      { A = pb_case_head(ctx, K, &L, C); }
case_head(A) ::= DEFAULT(K) COLON(C).                { A = pb_case_head(ctx, K, NULL, C); }

select_stmt(A) ::= SELECT(K) LBRACE comm_clauses(C) RBRACE(R). { A = pb_select(ctx, K, C, R); }
select_stmt(A) ::= SELECT(K) LBRACE comm_clauses(C) comm_head(H) stmt_seq(S) stmt_ne(X) RBRACE(R).
    { A = pb_select(ctx, K, nl_push(C, pb_comm_clause(ctx, H, nl_push(S, X))), R); }
comm_clauses(A) ::= .                                { A = nl_empty(); }
comm_clauses(A) ::= comm_clauses(L) comm_head(H) stmt_seq(S). { A = nl_push(L, pb_comm_clause(ctx, H, S)); }
comm_head(A) ::= CASE(K) simple_stmt(S) COLON(C).    { A = pb_comm_head(ctx, K, S, C); }
comm_head(A) ::= DEFAULT(K) COLON(C).                { A = pb_comm_head(ctx, K, NULL, C); }

%code {
/* ---- access to the parser's state for syntax error messages (parse_errors.c) ---- */

int pe_stack_depth(void *p) {
    yyParser *yy = p;
    return (int)(yy->yytos - yy->yystack);
}

/* Symbol (terminal or nonterminal) at stack slot i, 1 = bottom ... depth = top. */
int pe_stack_symbol(void *p, int i) {
    yyParser *yy = p;
    return yy->yystack[i].major;
}

/* The minor value of a terminal at stack slot i. */
Token pe_stack_token(void *p, int i) {
    yyParser *yy = p;
    return yy->yystack[i].minor.yy0;
}

const char *pe_symbol_name(int major) {
    if (major < 0 || major >= (int)(sizeof yyTokenName / sizeof yyTokenName[0])) return "?";
    return yyTokenName[major];
}

int pe_token_count(void) { return YYNTOKEN; }

/* Would terminal t be shifted (after any reductions) in the parser's current state?
 * Simulates the LR automaton on a copy of the state stack. */
bool pe_accepts(void *p, int t) {
    yyParser *yy = p;
    int depth = (int)(yy->yytos - yy->yystack);
    int cap = depth + 64;
    YYACTIONTYPE *st = mem_alloc_atomic(sizeof *st * (size_t)cap);
    for (int i = 0; i <= depth; i++) st[i] = yy->yystack[i].stateno;
    int top = depth;
    for (int guard = 0; guard < 100000; guard++) {
        YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)t, st[top]);
        if (act >= YY_MIN_REDUCE && act <= YY_MAX_REDUCE) {
            int rule = act - YY_MIN_REDUCE;
            top += yyRuleInfoNRhs[rule];
            if (top < 0) return false;
            YYACTIONTYPE g = yy_find_reduce_action(st[top], yyRuleInfoLhs[rule]);
            if (top + 1 >= cap) return false;
            st[++top] = g;
            continue;
        }
        return act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
    }
    return false;
}
}
