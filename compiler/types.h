/* types.h — Go types, shared by the checker (compile time) and the VM/runtime (run time).
 *
 * One Type struct serves both: the checker builds types, the compiler lays them out, and
 * interface values, fmt, maps and the runtime read the same descriptors. There is no separate
 * "rtype".
 *
 * Identity: composite types are hash-consed by types_* constructors, so two identical
 * unnamed types are the same pointer; named types are unique by declaration (and, for
 * instantiations, by origin + type arguments). Hence type identity is pointer equality
 * everywhere at run time (type switches, assertions, interface ==).
 *
 * Underlying: every type has u == its underlying type (u == self for unnamed and basic types).
 * Code that asks "what shape is this value" reads t->u->kind.
 *
 * VALUE LAYOUT (how values of each type are stored in registers, heap cells, struct fields):
 *   Every value is a sequence of 8-byte words; size is a multiple of 8 (0 for zero-size types).
 *   bool            1 word, 0 or 1
 *   intN/uintN      1 word, sign- (intN) or zero- (uintN) extended to 64 bits: always normalised
 *   float64         1 word, IEEE double bits
 *   float32         1 word holding the *double* whose value is the float32 (rounded after each op)
 *   string          2 words {const uint8_t *ptr; int64_t len}  (ptr may be NULL when len == 0)
 *   slice           3 words {void *ptr; int64_t len; int64_t cap}
 *   pointer         1 word, void * (NULL = nil)
 *   map             1 word, GoMap * (NULL = nil map)
 *   chan            1 word, Chan * (NULL = nil chan)
 *   func            1 word, Closure * (NULL = nil func)
 *   interface       2 words {Type *dyn; uint64_t data}: dyn NULL = nil interface. If
 *                   dyn->size == 8 the data word is the value itself; otherwise data is a
 *                   pointer to an immutable heap copy of dyn->size bytes (NULL if size 0).
 *   struct          fields in order, field i at fields[i].offset (a multiple of 8)
 *   array [N]T      N elements of T->esize bytes each, size rounded up to a multiple of 8
 *   Array and slice elements are packed: esize is 1 for bool/int8/uint8, 2 for int16/uint16,
 *   4 for int32/uint32, and size otherwise. (Narrow integers can be packed because a load
 *   through a pointer reads only their width, which is right for a packed element and for a
 *   word. float32 is not packed: its word holds a double, whose low bytes are not a float.)
 *   The zero value of every type is all-zero bytes.
 */
#ifndef GORO_TYPES_H
#define GORO_TYPES_H

#include <stdbool.h>
#include <stdint.h>
#include "../parser/ast.h"

typedef enum TypeKind {
#define X(name, str) name,
#include "types.def"
#undef X
    TY__COUNT
} TypeKind;

extern const char *const type_kind_names[TY__COUNT];

typedef struct Pkg {
    const char *name;   /* "main", "strings" */
    const char *path;   /* "main", "strings", "golang.org/x/sync/errgroup" */
    struct Scope *scope;
    bool native;        /* provided by goro (embedded stdlib) */
} Pkg;

typedef struct Field {
    const char *name;   /* for embedded fields: the type's name */
    Type *type;
    int64_t offset;     /* bytes from the struct start, a multiple of 8 */
    bool embedded;
    bool exported;
    const char *tag;    /* decoded tag string or NULL */
} Field;

/* An interface method (also used for method signatures in method sets). */
typedef struct IMethod {
    const char *name;
    Type *sig;          /* TY_FUNC without receiver */
    Pkg *pkg;           /* for unexported names */
} IMethod;

/* Run-time method table entry for dynamic dispatch: fn is called with the interface data word
 * as its receiver (the compiler generates adapters where the declared receiver differs). */
typedef struct MethodEntry {
    const char *name;
    Type *sig;
    struct Func *fn;
} MethodEntry;

typedef struct MethodTable {
    int n;
    MethodEntry e[];    /* sorted by name (strcmp) */
} MethodTable;

/* Type flags. */
enum {
    TF_COMPARABLE = 1 << 0,  /* == is defined (struct/array of comparable, not slice/map/func) */
    TF_HASPTR = 1 << 1,      /* values contain pointers: allocate scanned memory */
    TF_UNTYPED = 1 << 2,     /* untyped constant type */
    TF_NUMERIC = 1 << 3,
    TF_INTEGER = 1 << 4,
    TF_UNSIGNED = 1 << 5,
    TF_FLOAT = 1 << 6,
    TF_ORDERED = 1 << 7,     /* < <= > >= defined */
    TF_GENERIC = 1 << 8,     /* named type with type parameters, not instantiated */
    TF_HASTPARAM = 1 << 9,   /* mentions a type parameter somewhere */
    TF_COMPLETE = 1 << 10,   /* layout computed */
    TF_CONSTRAINT = 1 << 11, /* interface with type terms: only usable as a constraint */
    TF_INSTANTIATING = 1 << 12, /* instance whose underlying type is being computed */
    TF_NEEDCOMPARABLE = 1 << 13, /* constraint interface embedding comparable */
};

struct Type {
    TypeKind kind;
    uint32_t flags;
    uint32_t id;            /* unique per type, stable within a run: for hashing */
    Type *u;                /* underlying type (self for unnamed types) */
    int64_t size;           /* bytes as a standalone value; multiple of 8 */
    int32_t esize;          /* bytes as an array/slice element */
    int32_t align_unused;

    /* named and basic types */
    const char *name;       /* "int", "Point", "error" */
    Pkg *pkg;               /* declaring package; NULL for predeclared */
    Object *obj;            /* declaring TypeName object (named types) */

    Type *elem;             /* pointer, slice, array, chan elem; map value */
    Type *key;              /* map key */
    int64_t len;            /* array length */
    ChanDir dir;            /* chan direction */

    Field *fields;          /* struct */
    int nfields;

    Type **params;          /* func; a variadic func's last param is a slice type */
    int nparams;
    Type **results;
    int nresults;
    bool variadic;

    IMethod *imethods;      /* interface: full method set sorted by name; */
    int nimethods;
    Type **embeds;          /* interface: embedded elements as written (for constraints) */
    int nembeds;
    struct TypeTerm *terms; /* interface: type set terms (NULL: all types) */
    int nterms;

    Object **methods;       /* named: declared methods (Func objects), in declaration order */
    int nmethods;
    MethodTable *mtab;      /* named T or *T: run-time dispatch table (set by the compiler) */
    Type *ptrto;            /* cache: the pointer type *T (hash-consed) */

    /* generics */
    Object **tparams;       /* generic named type or signature: its type parameters */
    int ntparams;
    Type *orig;             /* instantiated named type: the generic type */
    Type **targs;           /* instantiated named type: its type arguments */
    int ntargs;
    int tpindex;            /* TY_TYPEPARAM: index in its list */
    Type *constraint;       /* TY_TYPEPARAM: constraint interface */

    Type **tuple;           /* TY_TUPLE: multi-value results */
    int ntuple;

    const char *rstr;       /* cached reflect-style string (set once, may race benignly) */
    void *rt;               /* run-time extras owned by vm/ (hash/eq helpers, zero value) */
};

typedef struct TypeTerm {
    bool tilde;
    Type *type;
} TypeTerm;

/* Predeclared types (types.c). */
extern Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64;
extern Type *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr;
extern Type *ty_float32, *ty_float64, *ty_string, *ty_error, *ty_any, *ty_comparable;
extern Type *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float;
extern Type *ty_untyped_string, *ty_untyped_nil, *ty_invalid;
extern Type *ty_unsafe_pointer;

void types_init(void);

/* Hash-consed constructors for unnamed types. */
Type *types_pointer(Type *elem);
Type *types_slice(Type *elem);
Type *types_array(Type *elem, int64_t len);
Type *types_map(Type *key, Type *value);
Type *types_chan(ChanDir dir, Type *elem);
Type *types_func(Type **params, int np, Type **results, int nr, bool variadic);
Type *types_struct(Field *fields, int n);
Type *types_interface(IMethod *methods, int n, Type **embeds, int ne);
Type *types_tuple(Type **elems, int n);
Type *types_named(const char *name, Pkg *pkg, Object *obj); /* underlying set later */
void types_set_underlying(Type *named, Type *u);
void types_layout(Type *t); /* compute size/esize/flags; idempotent */

/* Convenient predicates (on the underlying type). */
static inline TypeKind type_ukind(const Type *t) { return t->u->kind; }
bool type_is_interface(const Type *t);
bool type_identical(Type *a, Type *b);

/* Printing. type_string: the checker's form for compile errors (qualified relative to pkg:
 * types of pkg are unqualified, others pkgname.T), e.g. "[]int", "map[string]Point",
 * "func(x int) string" is printed "func(int) string", "interface{}", "any" when written any.
 * type_rstring: reflect's form for %T and panics, e.g. "main.Point", "[]interface {}",
 * "struct { A int; B string }", "func(int) string", "chan<- int". */
const char *type_string(Type *t, Pkg *relative_to);
const char *type_rstring(Type *t);

#endif
