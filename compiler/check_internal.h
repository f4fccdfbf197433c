/* check_internal.h — shared state and helpers of the checker's files (check_*.c). Not exported. */
#ifndef GORO_CHECK_INTERNAL_H
#define GORO_CHECK_INTERNAL_H

#include <stdio.h>
#include <string.h>
#include "check.h"
#include "../util/diag.h"
#include "../util/mem.h"

typedef VEC(Node *) NodeVec;

typedef struct Checker {
    Package *P;
    Pkg *pkg;
    Scope *pkgscope;
    Scope *filescope;       /* imports of the file being checked */
    Scope *scope;           /* innermost scope */
    FuncInfo *fn;           /* function whose body is being checked (NULL at package level) */
    int depth;              /* function nesting depth (0 = package level) */
    ConstVal *iota;         /* value of iota in the const spec being checked, or NULL */
    Object *decl_obj;       /* package-level object whose declaration is being checked */
    /* statement context */
    int loop_depth, switch_depth, select_depth;
    NodeVec labels;         /* N_LABELED nodes of the current function */
    VEC(Scope *) fscopes;   /* block scopes opened in the current function (unused-variable report) */
    bool in_defer_call;
    Node *fallthrough_ok;   /* the case clause where fallthrough is allowed as last statement */
} Checker;

/* Per package-level object dependencies (for var init order). */
typedef struct DepSet {
    VEC(Object *) objs;
} DepSet;

/* ---- scopes (check.c) ---- */
Scope *scope_new(Scope *parent, bool isfunc);
Object *scope_lookup_local(Scope *s, const char *name);
Object *scope_lookup(Scope *s, const char *name, Scope **found);
/* Declare obj in s; reports "x redeclared in this block" on conflict and returns false. */
bool scope_declare(Checker *c, Scope *s, Object *obj);
Object *obj_new(ObjKind k, const char *name, Pos pos, Type *t);

/* ---- package level (check.c) ---- */
void resolve_obj(Checker *c, Object *obj);
void record_dep(Checker *c, Object *obj);
Package *check_import(const char *path, Pos pos, bool *found);
extern bool check_load_all; /* load //goro:lazy stdlib files whatever the program (REPL) */
const char *intern(const char *s);

/* ---- types (check_type.c) ---- */
Type *check_typexpr(Checker *c, Node *n);           /* a type expression; reports errors */
Type *check_typexpr_generic_ok(Checker *c, Node *n, bool allow_generic);
Type *check_functype(Checker *c, Node *ft, Object *recv_out[1], FuncInfo *fi, Scope *sc);
void check_declare_tparams(Checker *c, NodeList *tparams, Object ***out, int *nout, Scope *sc);
bool is_assignable(Checker *c, Type *v, Type *t, Node *x, const char **reason);
bool is_convertible(Type *from, Type *to);
bool identical_ignore_tags(Type *a, Type *b);
Type *core_type(Type *t);                           /* core type of a type param, or u */
bool type_satisfies(Checker *c, Type *t, Type *constraint, const char **why);
bool type_comparable(Type *t);                      /* strictly comparable per spec */
Object *lookup_field_or_method(Type *t, const char *name, Pkg *from, Selection *sel, bool *ambiguous, bool *indirect_ptr);
bool missing_method(Type *t, Type *iface, const char **name, const char **why);
MethodTable *method_set_build(Type *t); /* for the compiler */
const char *tstr(Checker *c, Type *t);  /* type_string relative to current package */
bool is_typeparam(Type *t);
/* Does the type set of typeparam t satisfy pred for every term? */
bool tparam_all(Type *t, bool (*pred)(Type *));

/* ---- expressions (check_expr.c) ---- */
void check_expr(Checker *c, Node *n, Type *hint);   /* single value required */
void check_expr_or_type(Checker *c, Node *n, Type *hint);
void check_multi(Checker *c, Node *n);              /* allow tuples (calls) */
void check_rawexpr(Checker *c, Node *n, Type *hint, bool allow_type, bool allow_tuple);
/* Make n (already checked) assignable to t in context ctx ("assignment", "argument", "return
 * statement", "variable declaration", "send"...). Converts untyped constants/values. Returns false
 * after reporting an error. */
bool assign_check(Checker *c, Node *n, Type *t, const char *ctx);
/* Same, printing the target type as written (tnode may be NULL). */
bool assign_check_w(Checker *c, Node *n, Type *t, Node *tnode, const char *ctx);
const char *tstr_w(Checker *c, Type *t, Node *tnode);
void convert_untyped(Checker *c, Node *n, Type *target);
void default_untyped(Checker *c, Node *n);
bool is_const(Node *n);
const char *operand_string(Checker *c, Node *n);
const char *expr_string(Node *n);
void use_expr(Checker *c, Node *n);                 /* check n only to mark vars used (error recovery) */
bool is_untyped(Type *t);
bool is_integer(Type *t);
bool is_unsigned(Type *t);
bool is_float(Type *t);
bool is_numeric(Type *t);
bool is_string(Type *t);
bool is_boolean(Type *t);
void set_const(Node *n, Type *t, ConstVal *v);
bool representable(Checker *c, Node *n, Type *t, ConstVal **out, bool report, const char *ctx);
Type *check_funclit(Checker *c, Node *n);
void check_composite(Checker *c, Node *n, Type *hint);
void check_selector(Checker *c, Node *n, bool allow_type);
Node *unparen(Node *n);

/* ---- calls and builtins (check_call.c) ---- */
void check_call(Checker *c, Node *n, Type *hint, bool allow_tuple);
void check_conversion(Checker *c, Node *n, Type *t);
Type *infer_and_instantiate(Checker *c, Node *call, Object *fn, Type **explicit, int nexplicit, NodeList *args, Type ***targs_out);
Type *instantiate_func(Checker *c, Object *fn, Type **targs, int n, Pos pos);

/* ---- statements (check_stmt.c) ---- */
void check_func_body(Checker *c, FuncInfo *fi, Node *body);
void check_stmt(Checker *c, Node *s);
void check_block(Checker *c, Node *b);
bool is_terminating(Node *s, const char *label);
void check_unused(Checker *c, Scope *s);

/* ---- errors ---- */
#define errorf(pos, ...) diag_error(pos, __VA_ARGS__)
void soft_invalid(Node *n);

/* Node flags (Node.flags). */
enum {
    NF_USED_AS_STMT = 1 << 0,
    NF_IMPLICIT_DEREF = 1 << 1, /* x.f on pointer */
    NF_LHS = 1 << 2,            /* ident on the left of an assignment (not a use) */
    NF_TYPESWITCH_BIND = 1 << 3,
    NF_HASOK = 1 << 4,          /* comma-ok form used */
    NF_CHECKED = 1 << 5,
    NF_ELIDED_ADDR = 1 << 6,    /* composite literal with elided &T: value is a pointer */
    NF_GENERIC_FUNC = 1 << 7,   /* expression denotes a generic function not yet instantiated */
};
extern Checker *cur_checker;

/* expressions usable in a comma-ok assignment: map index, type assertion, receive */
#define IS_COMMAOK(e) ((e)->mode == MODE_COMMAOK || (e)->mode == MODE_MAPINDEX)

#endif
