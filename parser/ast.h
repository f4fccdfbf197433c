/* ast.h — the syntax tree the parser builds and the checker annotates in place.
 *
 * One Node struct for every kind, with a per-kind payload in an anonymous union. Node kinds
 * come from one X-macro table (ast.def). Lists are NodeList (growable arrays of Node *).
 *
 * Invariants the parser guarantees:
 *  - every node has kind and pos, placed as gc's syntax package places it (an identifier's
 *    first byte, a binary expression's operator, a call's '(' ... see each kind below);
 *    ast_start_pos gives the leftmost position, where gc's type checker reports most errors;
 *  - types in expression position are parsed as expressions (N_ARRAYTYPE, N_MAPTYPE ... are
 *    expression kinds), because Go's grammar cannot tell `T(x)` conversion from a call;
 *  - fields the checker fills (the "checker annotations" block) are zero when parsing ends.
 */
#ifndef GORO_AST_H
#define GORO_AST_H

#include <stdbool.h>
#include <stdint.h>
#include "../util/diag.h"
#include "../util/vec.h"

typedef struct Node Node;
typedef struct Type Type;       /* compiler/types.h */
typedef struct Object Object;   /* compiler/types.h */
typedef struct ConstVal ConstVal; /* compiler/const.h */

typedef VEC(Node *) NodeList;

typedef enum NodeKind {
#define X(name, doc) name,
#include "ast.def"
#undef X
    N__COUNT
} NodeKind;

extern const char *const ast_kind_names[N__COUNT];

/* Operators: one table, used by unary, binary and assignment nodes. The spelling is Go's. */
#define OP_TABLE(X)                                                      \
    X(OP_NONE, "")                                                       \
    X(OP_ADD, "+") X(OP_SUB, "-") X(OP_MUL, "*") X(OP_QUO, "/")          \
    X(OP_REM, "%") X(OP_AND, "&") X(OP_OR, "|") X(OP_XOR, "^")           \
    X(OP_SHL, "<<") X(OP_SHR, ">>") X(OP_ANDNOT, "&^")                   \
    X(OP_LAND, "&&") X(OP_LOR, "||") X(OP_ARROW, "<-")                   \
    X(OP_EQL, "==") X(OP_NEQ, "!=") X(OP_LSS, "<") X(OP_LEQ, "<=")       \
    X(OP_GTR, ">") X(OP_GEQ, ">=") X(OP_NOT, "!") X(OP_TILDE, "~")       \
    X(OP_DEFINE, ":=") X(OP_ASSIGN, "=")

typedef enum GoOp {
#define X(name, text) name,
    OP_TABLE(X)
#undef X
    OP__COUNT
} GoOp;
extern const char *const ast_op_text[OP__COUNT];

typedef enum LitKind { LIT_INT, LIT_FLOAT, LIT_IMAG, LIT_RUNE, LIT_STRING } LitKind;

typedef enum ChanDir { CHAN_BOTH = 0, CHAN_SEND = 1, CHAN_RECV = 2 } ChanDir;

typedef enum BranchKind { BR_BREAK, BR_CONTINUE, BR_GOTO, BR_FALLTHROUGH } BranchKind;

typedef enum DeclTok { DECL_IMPORT, DECL_CONST, DECL_VAR, DECL_TYPE } DeclTok;

struct Node {
    NodeKind kind;
    Pos pos;

    /* ---- checker annotations (zero after parsing) ---- */
    Type *type;        /* expression: its type (after untyped defaulting where gc defaults) */
    ConstVal *cval;    /* expression: constant value, if constant */
    Object *obj;       /* N_IDENT: the object it denotes; declarations: the declared object */
    uint8_t mode;      /* expression mode (compiler/check.h ExprMode) */
    uint8_t flags;     /* checker/compiler scratch flags */
    void *info;        /* kind-specific checker record (selection, instantiation, range info) */

    union {
        /* N_IDENT: name (interned: equal names are equal pointers). pos: first byte. */
        struct { const char *name; } ident;

        /* N_BASICLIT: text is the literal as written. For LIT_STRING and LIT_RUNE the lexer
         * also decodes: str/len hold the string's bytes (may contain NUL), rune the rune value. */
        struct {
            LitKind lit;
            const char *text;
            const char *str;
            size_t len;
            int32_t rune;
        } lit;

        /* N_COMPOSITE: type may be NULL (elided inside an outer literal). elts: elements, each an
         * expression or N_KEYVALUE. pos and lbrace: the '{'; rbrace: the '}' */
        struct { Node *type; NodeList elts; Pos lbrace, rbrace; } composite;

        /* N_KEYVALUE: key: value (in composite literals). pos: the ':' */
        struct { Node *key, *value; } kv;

        /* N_FUNCLIT: type is N_FUNCTYPE, body N_BLOCK. pos: 'func' */
        struct { Node *type, *body; } funclit;

        /* N_PAREN: (x). pos: '(' */
        struct { Node *x; } paren;

        /* N_SELECTOR: x.sel. pos: the '.'; selpos: the selector identifier. */
        struct { Node *x; const char *sel; Pos selpos; } selector;

        /* N_INDEX: x[i] or x[T1, T2] (instantiation). indices has >= 1 element. pos: '[' */
        struct { Node *x; NodeList indices; } index;

        /* N_SLICEEXPR: x[lo:hi] or x[lo:hi:max]; any of lo/hi/max may be NULL. pos: '[' */
        struct { Node *x, *lo, *hi, *max; bool slice3; } slice;

        /* N_TYPEASSERT: x.(T); type NULL means x.(type) in a type switch. pos: the '.' */
        struct { Node *x, *type; } assert;

        /* N_CALL: fun(args) / fun(args...). pos: '('; rparen: ')'. */
        struct { Node *fun; NodeList args; bool ellipsis; Pos rparen; } call;

        /* N_STAR: *x (dereference or pointer type). pos: '*' */
        struct { Node *x; } star;

        /* N_UNARY: op x for + - ! ^ & <- and ~ (in constraints). pos: the operator */
        struct { GoOp op; Node *x; } unary;

        /* N_BINARY: x op y, including | in constraint unions. pos: the operator */
        struct { GoOp op; Node *x, *y; } binary;

        /* N_ARRAYTYPE: [len]elem; len NULL = slice type []elem; dots = [...]elem. pos: '[' */
        struct { Node *len, *elem; bool dots; } arraytype;

        /* N_STRUCTTYPE: fields are N_FIELD (names empty = embedded field). pos: 'struct' */
        struct { NodeList fields; } structtype;

        /* N_FUNCTYPE: params and results are lists of N_FIELD (names may be empty: unnamed).
         * typeparams: list of N_FIELD for func declarations' [T any] (empty otherwise).
         * A variadic last parameter has an N_ELLIPSIS type. pos: 'func' or the '(' */
        struct { NodeList typeparams, params, results; } functype;

        /* N_INTERFACETYPE: methods are N_FIELD with one name and an N_FUNCTYPE type; embedded
         * elements (embedded interfaces, type unions, ~T terms) are N_FIELD with no names and
         * the element as type. pos: 'interface' */
        struct { NodeList elems; } ifacetype;

        /* N_MAPTYPE: map[key]value. pos: 'map' */
        struct { Node *key, *value; } maptype;

        /* N_CHANTYPE: chan T, chan<- T, <-chan T. pos: 'chan' or '<-' */
        struct { ChanDir dir; Node *elem; } chantype;

        /* N_ELLIPSIS: ...T as the type of a variadic parameter. pos: '...' */
        struct { Node *elem; } ellipsis;

        /* N_FIELD: names (N_IDENT list; empty for anonymous/embedded) and type; tag is the
         * struct tag literal (N_BASICLIT) or NULL. pos: first name, else the type. */
        struct { NodeList names; Node *type; Node *tag; } field;

        /* ---- statements ---- */
        /* N_DECLSTMT: decl is an N_GENDECL. */
        struct { Node *decl; } declstmt;

        /* N_LABELED: label: stmt (stmt may be N_EMPTY). pos: label */
        struct { const char *label; Node *stmt; } labeled;

        /* N_EXPRSTMT */
        struct { Node *x; } exprstmt;

        /* N_SEND: ch <- value. pos: '<-' */
        struct { Node *ch, *value; } send;

        /* N_INCDEC: x++ / x--. pos: the operator */
        struct { Node *x; bool inc; } incdec;

        /* N_ASSIGN: lhs op rhs, op is OP_ASSIGN, OP_DEFINE or a binary op for op-assignment
         * (x += y has op OP_ADD). pos: the operator */
        struct { NodeList lhs, rhs; GoOp op; } assign;

        /* N_GO, N_DEFER: call is the call expression (any expression; the checker insists on a
         * call). pos: the keyword */
        struct { Node *call; } gostmt;

        /* N_RETURN. pos: 'return' */
        struct { NodeList results; } ret;

        /* N_BRANCH: break/continue/goto/fallthrough with optional label. pos: keyword */
        struct { BranchKind tok; const char *label; Pos labelpos; } branch;

        /* N_BLOCK: { stmts }. pos: '{', rbrace: '}' */
        struct { NodeList stmts; Pos rbrace; } block;

        /* N_IF: if init; cond { then } else els. els is N_IF, N_BLOCK or NULL. pos: 'if' */
        struct { Node *init, *cond, *then, *els; } ifstmt;

        /* N_CASECLAUSE: case list: body / default (list empty and isdefault). pos: 'case' */
        struct { NodeList list; NodeList body; bool isdefault; Pos colon; } caseclause;

        /* N_SWITCH: switch init; tag { clauses }. tag may be NULL. pos: 'switch' */
        struct { Node *init, *tag; NodeList clauses; Pos lbrace, rbrace; } switchstmt;

        /* N_TYPESWITCH: switch init; bind := x.(type) { clauses }. bind is NULL or the N_IDENT
         * being declared; x is the expression being switched on (not the N_TYPEASSERT).
         * pos: 'switch' */
        struct { Node *init; Node *bind; Node *x; NodeList clauses; Pos lbrace, rbrace; } typeswitch;

        /* N_COMMCLAUSE: case comm: body / default. comm is N_SEND, N_EXPRSTMT(<-ch),
         * N_ASSIGN with a receive on the right (v := <-ch, v, ok = <-ch), or NULL for default.
         * pos: 'case' / 'default' */
        struct { Node *comm; NodeList body; Pos colon; } commclause;

        /* N_SELECT: select { clauses }. pos: 'select' */
        struct { NodeList clauses; Pos rbrace; } selectstmt;

        /* N_FOR: for init; cond; post { body } (any of the three NULL). pos: 'for' */
        struct { Node *init, *cond, *post, *body; } forstmt;

        /* N_RANGE: for key, value := range x { body }. key/value may be NULL; define is true
         * for :=; op pos: the ':=' or '='. x is the ranged expression. pos: 'for' */
        struct { Node *key, *value, *x, *body; bool define; Pos oppos; } rangestmt;

        /* N_EMPTY: an empty statement */

        /* ---- declarations ---- */
        /* N_IMPORT: name is NULL, "_", "." or an alias; path is the decoded import path,
         * pathlit the N_BASICLIT. pos: the path literal (or the name when present) */
        struct { Node *name; const char *path; Node *pathlit; } import;

        /* N_VALUESPEC: const/var spec: names = type = values. For const specs with no type and
         * no values (implicit repetition), the parser leaves both NULL/empty and sets iota; the
         * checker repeats the previous spec's expressions. iota is the spec's index in its
         * group (0 for ungrouped). pos: first name */
        struct { NodeList names; Node *type; NodeList values; int iota; } valuespec;

        /* N_TYPESPEC: type name[tparams] = / type. alias is true for '='. tparams: N_FIELD list.
         * pos: name */
        struct { Node *name; NodeList tparams; Node *type; bool alias; } typespec;

        /* N_GENDECL: tok ( specs ) or a single spec. grouped: written with parens. pos: keyword */
        struct { DeclTok tok; NodeList specs; bool grouped; } gendecl;

        /* N_FUNCDECL: func (recv) name[tparams](params) results body. recv is an N_FIELD or NULL.
         * type is N_FUNCTYPE (with typeparams filled for generic functions). body may be NULL
         * (a declaration without body: native functions in goro's embedded stdlib). pos: name */
        struct { Node *recv; Node *name; Node *type; Node *body; } funcdecl;

        /* N_FILE: package name, imports (N_IMPORT), decls (N_GENDECL/N_FUNCDECL in source order,
         * import declarations excluded). pos: 'package' */
        struct { Node *pkgname; NodeList imports; NodeList decls; Source *src; } file;
    };
};

/* Construction helpers (parser actions call these). All nodes are zero-initialised. */
Node *ast_new(NodeKind kind, Pos pos);
const char *ast_intern(const char *s, size_t len); /* thread-safe name interning */

/* The leftmost source position of n (types2's syntax.StartPos). */
Pos ast_start_pos(Node *n);

/* Dump the tree in the stable, indented form `goro --ast` prints: one node per line,
 * `role: KIND LINE:COL attrs`, children indented by two spaces. */
void ast_dump(Node *n, StrBuf *out);

/* Print an expression (or simple statement) in Go syntax as gc's syntax.String does in
 * messages: short form, function bodies and composite literal contents shown as "…". */
void ast_print(Node *n, StrBuf *out);
char *ast_string(Node *n); /* the same, as a fresh string */

#endif
