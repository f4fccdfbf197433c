/* check.h — the type checker: resolves names, computes types and constants, annotates the AST.
 *
 * Input: parsed files of one package. Output: every expression node carries mode/type/cval,
 * identifiers carry obj, and per-kind records (Selection, CallInfo, RangeInfo...) hang off
 * node->info for the compiler. Errors are reported with gc (types2) wording through diag.
 *
 * Packages: the user's package main plus goro's embedded standard library packages (Go source
 * compiled at start-up; body-less functions are native C functions bound by "pkg.Name").
 *
 * Generics: generic function bodies are checked once with type parameters as opaque types; the
 * compiler instantiates them per type-argument list (monomorphization), substituting types.
 */
#ifndef GORO_CHECK_H
#define GORO_CHECK_H

#include "const.h"
#include "types.h"

typedef enum ObjKind {
    OBJ_BAD, OBJ_PKGNAME, OBJ_CONST, OBJ_TYPE, OBJ_VAR, OBJ_FUNC, OBJ_BUILTIN, OBJ_NIL, OBJ_LABEL
} ObjKind;

/* Builtin functions: one table. X(id, name) */
#define BUILTIN_TABLE(X)                                                                  \
    X(BI_APPEND, "append") X(BI_CAP, "cap") X(BI_CLEAR, "clear") X(BI_CLOSE, "close")       \
    X(BI_COMPLEX, "complex") X(BI_COPY, "copy") X(BI_DELETE, "delete") X(BI_IMAG, "imag")   \
    X(BI_LEN, "len") X(BI_MAKE, "make") X(BI_MAX, "max") X(BI_MIN, "min") X(BI_NEW, "new")  \
    X(BI_PANIC, "panic") X(BI_PRINT, "print") X(BI_PRINTLN, "println") X(BI_REAL, "real")   \
    X(BI_RECOVER, "recover")

typedef enum BuiltinId {
#define X(id, name) id,
    BUILTIN_TABLE(X)
#undef X
    BI__COUNT
} BuiltinId;

typedef struct Scope Scope;

struct Object {
    ObjKind kind;
    const char *name;      /* interned */
    Pos pos;
    Type *type;
    Pkg *pkg;              /* declaring package (NULL: universe) */
    Scope *scope;          /* scope the object is declared in */
    Node *decl;            /* declaring node: N_FUNCDECL, N_VALUESPEC, N_TYPESPEC, N_IDENT... */
    ConstVal *cval;        /* OBJ_CONST */
    int builtin;           /* OBJ_BUILTIN: BuiltinId */
    Pkg *imported;         /* OBJ_PKGNAME: the package */
    uint8_t state;         /* package-level resolution: 0 todo, 1 in progress, 2 done */
    bool used;
    bool global;           /* package-level var */
    bool param;            /* parameter or named result */
    bool result;           /* named result */
    bool captured;         /* captured by a closure: lives in a heap cell */
    bool addrtaken;        /* &x taken (or method call with pointer receiver): lives in a heap cell */
    bool isfield;          /* struct field object (for selections) */
    bool ismethod;         /* OBJ_FUNC declared with a receiver */
    bool native;           /* OBJ_FUNC without body in a goro stdlib package */
    bool alias;            /* OBJ_TYPE declared with '=' */
    bool loopvar;          /* per-iteration variable of a for loop (Go 1.22) */
    Type *recv;            /* methods: receiver type as declared (T or *T) */
    Object **tparams;      /* generic functions: type parameters (OBJ_TYPE objects of TY_TYPEPARAM) */
    int ntparams;
    Object *origin;        /* a method of an instantiated type: the generic method */
    int index;             /* compiler: register / global slot / upvalue index */
    int depth;             /* function nesting depth of declaration (closure capture analysis) */
    struct FuncInfo *fn;   /* OBJ_FUNC / function literal: per-function info */
    void *cinfo;           /* package-level objects: their file scope; later compiler scratch */
    void *deps;            /* package-level vars/funcs: ObjDeps for initialization order */
    Node *typenode;        /* variables/constants declared with an explicit type: the type as
                              written (messages print it as gc does: byte, any, param names) */
};

struct Scope {
    Scope *parent;
    VEC(Object *) objs;    /* small scopes: linear */
    Object **hash;         /* large scopes (package, universe): open addressing by name ptr */
    int hcap;
    bool isfunc;           /* function scope boundary (closures) */
    Node *node;
};

/* Expression modes. */
typedef enum ExprMode {
    MODE_INVALID = 0,
    MODE_NOVALUE,     /* call without results */
    MODE_BUILTIN,     /* builtin function name (must be called) */
    MODE_TYPEEXPR,    /* expression denotes a type */
    MODE_CONST,       /* constant; node->cval set */
    MODE_VAR,         /* addressable variable */
    MODE_MAPINDEX,    /* map index expression (assignable, not addressable) */
    MODE_VALUE,       /* computed value */
    MODE_COMMAOK,     /* value that may be used in a comma-ok assignment (map index, assertion, recv) */
    MODE_PKG,         /* package name (only in selectors) */
} ExprMode;

/* node->info for N_SELECTOR. */
typedef enum SelKind {
    SEL_PKG,          /* pkg.Name: node->obj is the object */
    SEL_FIELD,        /* x.f: path through embedded fields */
    SEL_METHOD,       /* x.m(...) or method value x.m */
    SEL_METHODEXPR,   /* T.m or (*T).m */
    SEL_IFACEMETHOD,  /* x.m where x is an interface (dynamic dispatch) */
} SelKind;

typedef struct Selection {
    SelKind kind;
    Object *obj;          /* field (isfield) or method (OBJ_FUNC) or interface method (index) */
    int *path;            /* indices of fields traversed (embedded fields, then the final field) */
    int npath;
    bool *derefs;         /* derefs[i]: an implicit pointer indirection before step i */
    bool recv_addr;       /* method with pointer receiver called on addressable value: take & */
    bool recv_deref;      /* method with value receiver called through a pointer: load */
    int imethod;          /* SEL_IFACEMETHOD: index in the interface's sorted method list */
    Type *recvbase;       /* type of x (after embedded path) the method belongs to */
    bool xptr;            /* x is a pointer: dereference it before walking the path */
    Type *sig;            /* SEL_METHOD/METHODEXPR: method signature (type arguments substituted) */
} Selection;

/* node->info for N_CALL. */
typedef enum CallKind {
    CALL_FUNC,        /* ordinary call of a function value/declared func */
    CALL_METHOD,      /* method call (fun is a SEL_METHOD selector) */
    CALL_IFACE,       /* interface method call */
    CALL_CONVERSION,  /* T(x) */
    CALL_BUILTIN,     /* builtin; builtin id in CallInfo */
} CallKind;

typedef struct CallInfo {
    CallKind kind;
    int builtin;
    Type *sig;            /* callee signature (instantiated) */
    Object *generic;      /* generic function being instantiated, if any */
    Type **targs;         /* its type arguments (may mention enclosing type params) */
    int ntargs;
    bool spread;          /* f(g()) where g returns multiple values */
    bool variadic_pack;   /* extra args are packed into a slice (not f(s...)) */
} CallInfo;

/* Per-function info (declared functions, methods and function literals). */
typedef struct FuncInfo {
    Node *decl;           /* N_FUNCDECL or N_FUNCLIT */
    Type *sig;
    Object *recv;         /* receiver variable, if any */
    VEC(Object *) params; /* parameter vars in order (receiver excluded) */
    VEC(Object *) results;/* result vars (named or synthesized) in order */
    VEC(Object *) captures; /* variables of enclosing functions used here (closures) */
    struct FuncInfo *outer;
    bool has_defer;
    bool has_recover;
    bool named_results;
    const char *name;     /* "main.f", "main.(*T).M", "main.f.func1" */
    int depth;            /* nesting depth: 1 for declared functions, +1 per function literal */
    int nlits;            /* function literals directly inside (for naming func1, func2...) */
    Object *obj;          /* declared function/method object (NULL for literals) */
    Object **tparams;
    int ntparams;
} FuncInfo;

/* One step of package variable initialization: spec's value index (or -1: all names of a spec
 * with one multi-valued initializer). */
typedef struct InitEntry {
    Node *spec;
    int index;
} InitEntry;

/* A checked package. */
typedef struct Package {
    Pkg *pkg;
    VEC(Node *) files;
    VEC(Object *) funcs;      /* declared functions and methods */
    VEC(Node *) funclits;     /* function literals */
    VEC(Object *) globals;    /* package-level vars */
    VEC(InitEntry) init_order; /* package variable initializers in initialization order */
    VEC(Object *) inits;      /* init() functions in order */
    VEC(struct Package *) imports;
    VEC(Type *) named_types;  /* every named type declared (for method tables) */
} Package;

/* Check package main from parsed files; imports are loaded from goro's stdlib. Returns NULL
 * (errors reported through diag) on failure. */
Package *check_program(Node **files, int nfiles);
/* All checked packages in dependency order (imports before importers). */
Package **check_all_packages(int *n);

/* Utilities shared with the compiler. */
Type *check_subst(Type *t, Object **tparams, Type **targs, int n); /* substitute type params */
Type *check_instantiate_named(Type *generic, Type **targs, int n, Pos pos);
Object *check_lookup_method(Type *t, const char *name, Selection *sel); /* method set lookup */
bool check_implements(Type *t, Type *iface, const char **missing);
Type *check_default_type(Type *t); /* untyped -> default type */
extern Scope *universe;

#endif
