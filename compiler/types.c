/* types.c — type construction (hash-consed), layout, and printing. See types.h.
 *
 * Invariant: for unnamed composite types, structurally identical => same pointer. The table
 * is keyed by a shallow structural hash over already-canonical components, so canonicality
 * holds by induction. Constraint interfaces (with type terms) are not canonicalised.
 * The table is protected by types_lock (types are normally built by one compiling thread,
 * but the REPL compiles while goroutines run).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "../util/mem.h"
#include "../util/vec.h"

const char *const type_kind_names[TY__COUNT] = {
#define X(name, str) str,
#include "types.def"
#undef X
};

Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64;
Type *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr;
Type *ty_float32, *ty_float64, *ty_string, *ty_error, *ty_any, *ty_comparable;
Type *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float;
Type *ty_untyped_string, *ty_untyped_nil, *ty_invalid;
Type *ty_unsafe_pointer;

static pthread_mutex_t types_lock = PTHREAD_MUTEX_INITIALIZER;
static uint32_t next_id = 1;

static Type *type_alloc(TypeKind k) {
    Type *t = NEW(Type);
    t->kind = k;
    t->u = t;
    t->id = __atomic_fetch_add(&next_id, 1, __ATOMIC_RELAXED);
    return t;
}

/* ---- hash-consing table ---- */

static Type **tab;
static size_t tab_cap, tab_len;

static uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

static uint64_t pid(const void *p) { return p ? ((const Type *)p)->id : 0; }

static uint64_t shape_hash(const Type *t) {
    uint64_t h = (uint64_t)t->kind * 1000003u;
    h = mix(h, pid(t->elem));
    h = mix(h, pid(t->key));
    h = mix(h, (uint64_t)t->len);
    h = mix(h, (uint64_t)t->dir);
    h = mix(h, (uint64_t)t->variadic);
    for (int i = 0; i < t->nfields; i++) {
        h = mix(h, (uint64_t)(uintptr_t)t->fields[i].name);
        h = mix(h, pid(t->fields[i].type));
        h = mix(h, (uint64_t)t->fields[i].embedded);
    }
    for (int i = 0; i < t->nparams; i++) h = mix(h, pid(t->params[i]));
    h = mix(h, 77);
    for (int i = 0; i < t->nresults; i++) h = mix(h, pid(t->results[i]));
    for (int i = 0; i < t->nimethods; i++) {
        h = mix(h, (uint64_t)(uintptr_t)t->imethods[i].name);
        h = mix(h, pid(t->imethods[i].sig));
    }
    for (int i = 0; i < t->ntuple; i++) h = mix(h, pid(t->tuple[i]));
    return h;
}

static bool str_eq(const char *a, const char *b) {
    if (a == b) return true;
    if (!a || !b) return false;
    return strcmp(a, b) == 0;
}

static bool shape_eq(const Type *a, const Type *b) {
    if (a->kind != b->kind || a->elem != b->elem || a->key != b->key || a->len != b->len ||
        a->dir != b->dir || a->variadic != b->variadic || a->nfields != b->nfields ||
        a->nparams != b->nparams || a->nresults != b->nresults ||
        a->nimethods != b->nimethods || a->ntuple != b->ntuple)
        return false;
    for (int i = 0; i < a->nfields; i++) {
        Field *x = &a->fields[i], *y = &b->fields[i];
        if (x->name != y->name || x->type != y->type || x->embedded != y->embedded ||
            !str_eq(x->tag, y->tag))
            return false;
        /* unexported field names from different packages are different */
        if (!x->exported && x->name && x->name[0] != '_' && !str_eq(x->name, y->name)) return false;
    }
    for (int i = 0; i < a->nparams; i++)
        if (a->params[i] != b->params[i]) return false;
    for (int i = 0; i < a->nresults; i++)
        if (a->results[i] != b->results[i]) return false;
    for (int i = 0; i < a->nimethods; i++) {
        IMethod *x = &a->imethods[i], *y = &b->imethods[i];
        if (x->name != y->name || x->sig != y->sig) return false;
    }
    for (int i = 0; i < a->ntuple; i++)
        if (a->tuple[i] != b->tuple[i]) return false;
    return true;
}

static void tab_insert_raw(Type *t) {
    size_t m = tab_cap - 1, i = shape_hash(t) & m;
    while (tab[i]) i = (i + 1) & m;
    tab[i] = t;
}

/* Returns the canonical type equal to proto (a stack/temporary value), creating it if new.
 * The arrays inside proto are copied when the type is new. */
static Type *intern(Type *proto) {
    pthread_mutex_lock(&types_lock);
    if (tab_len * 2 >= tab_cap) {
        size_t oc = tab_cap;
        Type **old = tab;
        tab_cap = oc ? oc * 2 : 1024;
        tab = mem_alloc(sizeof(Type *) * tab_cap);
        for (size_t i = 0; i < oc; i++)
            if (old[i]) tab_insert_raw(old[i]);
    }
    size_t m = tab_cap - 1, i = shape_hash(proto) & m;
    while (tab[i]) {
        if (shape_eq(tab[i], proto)) {
            Type *r = tab[i];
            pthread_mutex_unlock(&types_lock);
            return r;
        }
        i = (i + 1) & m;
    }
    Type *t = type_alloc(proto->kind);
    uint32_t id = t->id;
    *t = *proto;
    t->id = id;
    t->u = t;
    if (proto->nfields) {
        t->fields = NEWARR(Field, proto->nfields);
        memcpy(t->fields, proto->fields, sizeof(Field) * (size_t)proto->nfields);
    }
    if (proto->nparams) {
        t->params = NEWARR(Type *, proto->nparams);
        memcpy(t->params, proto->params, sizeof(Type *) * (size_t)proto->nparams);
    }
    if (proto->nresults) {
        t->results = NEWARR(Type *, proto->nresults);
        memcpy(t->results, proto->results, sizeof(Type *) * (size_t)proto->nresults);
    }
    if (proto->nimethods) {
        t->imethods = NEWARR(IMethod, proto->nimethods);
        memcpy(t->imethods, proto->imethods, sizeof(IMethod) * (size_t)proto->nimethods);
    }
    if (proto->nembeds) {
        t->embeds = NEWARR(Type *, proto->nembeds);
        memcpy(t->embeds, proto->embeds, sizeof(Type *) * (size_t)proto->nembeds);
    }
    if (proto->ntuple) {
        t->tuple = NEWARR(Type *, proto->ntuple);
        memcpy(t->tuple, proto->tuple, sizeof(Type *) * (size_t)proto->ntuple);
    }
    tab[i] = t;
    tab_len++;
    pthread_mutex_unlock(&types_lock);
    /* mark types mentioning type parameters */
    bool hp = (t->elem && (t->elem->flags & TF_HASTPARAM)) || (t->key && (t->key->flags & TF_HASTPARAM));
    for (int k = 0; k < t->nfields && !hp; k++) hp = t->fields[k].type->flags & TF_HASTPARAM;
    for (int k = 0; k < t->nparams && !hp; k++) hp = t->params[k]->flags & TF_HASTPARAM;
    for (int k = 0; k < t->nresults && !hp; k++) hp = t->results[k]->flags & TF_HASTPARAM;
    for (int k = 0; k < t->nimethods && !hp; k++) hp = t->imethods[k].sig->flags & TF_HASTPARAM;
    for (int k = 0; k < t->ntuple && !hp; k++) hp = t->tuple[k]->flags & TF_HASTPARAM;
    if (hp) t->flags |= TF_HASTPARAM;
    return t;
}

Type *types_pointer(Type *elem) {
    if (elem->ptrto) return elem->ptrto;
    Type p = {.kind = TY_POINTER, .elem = elem};
    Type *t = intern(&p);
    elem->ptrto = t;
    return t;
}

Type *types_slice(Type *elem) {
    Type p = {.kind = TY_SLICE, .elem = elem};
    return intern(&p);
}

Type *types_array(Type *elem, int64_t len) {
    Type p = {.kind = TY_ARRAY, .elem = elem, .len = len};
    return intern(&p);
}

Type *types_map(Type *key, Type *value) {
    Type p = {.kind = TY_MAP, .key = key, .elem = value};
    return intern(&p);
}

Type *types_chan(ChanDir dir, Type *elem) {
    Type p = {.kind = TY_CHAN, .dir = dir, .elem = elem};
    return intern(&p);
}

Type *types_func(Type **params, int np, Type **results, int nr, bool variadic) {
    Type p = {.kind = TY_FUNC, .params = params, .nparams = np, .results = results,
              .nresults = nr, .variadic = variadic};
    return intern(&p);
}

Type *types_struct(Field *fields, int n) {
    Type p = {.kind = TY_STRUCT, .fields = fields, .nfields = n};
    return intern(&p);
}

static int imethod_cmp(const void *a, const void *b) {
    const IMethod *x = a, *y = b;
    return strcmp(x->name, y->name);
}

Type *types_interface(IMethod *methods, int n, Type **embeds, int ne) {
    if (n > 1) qsort(methods, (size_t)n, sizeof(IMethod), imethod_cmp);
    bool hasterms = false;
    for (int i = 0; i < ne; i++)
        if (embeds[i]->u->kind != TY_INTERFACE || (embeds[i]->u->flags & TF_CONSTRAINT)) hasterms = true;
    if (hasterms) {
        Type *t = type_alloc(TY_INTERFACE);
        t->imethods = NEWARR(IMethod, n ? n : 1);
        if (n) memcpy(t->imethods, methods, sizeof(IMethod) * (size_t)n);
        t->nimethods = n;
        t->embeds = NEWARR(Type *, ne);
        memcpy(t->embeds, embeds, sizeof(Type *) * (size_t)ne);
        t->nembeds = ne;
        t->flags |= TF_CONSTRAINT;
        return t;
    }
    Type p = {.kind = TY_INTERFACE, .imethods = methods, .nimethods = n};
    return intern(&p);
}

Type *types_tuple(Type **elems, int n) {
    Type p = {.kind = TY_TUPLE, .tuple = elems, .ntuple = n};
    return intern(&p);
}

Type *types_named(const char *name, Pkg *pkg, Object *obj) {
    Type *t = type_alloc(TY_NAMED);
    t->name = name;
    t->pkg = pkg;
    t->obj = obj;
    t->u = NULL; /* set by types_set_underlying */
    return t;
}

void types_set_underlying(Type *named, Type *u) {
    while (u && u->kind == TY_NAMED && u->u && u->u != u) u = u->u;
    named->u = u;
    if (u) {
        uint32_t keep = named->flags & (TF_GENERIC | TF_HASTPARAM);
        named->flags = (u->flags & ~(TF_COMPLETE | TF_GENERIC)) | keep;
    }
}

bool type_is_interface(const Type *t) { return t->u && t->u->kind == TY_INTERFACE; }

bool type_identical(Type *a, Type *b) { return a == b; }

/* ---- layout ---- */

static int32_t packed_esize(TypeKind k, int64_t size) {
    switch (k) {
    case TY_BOOL: case TY_INT8: case TY_UINT8: return 1;
    case TY_INT16: case TY_UINT16: return 2;
    case TY_INT32: case TY_UINT32: return 4;
    /* float32 is not packed: a *float32 may point at an element or at a variable, and both
     * must hold the same representation (a double word) */
    default: return (int32_t)size;
    }
}

void types_layout(Type *t) {
    if (t->flags & TF_COMPLETE) return;
    Type *u = t->u;
    if (!u) return;
    if (u != t) {
        types_layout(u);
        t->size = u->size;
        t->esize = u->esize;
        t->flags |= (u->flags & (TF_COMPARABLE | TF_HASPTR | TF_NUMERIC | TF_INTEGER |
                                 TF_UNSIGNED | TF_FLOAT | TF_ORDERED | TF_UNTYPED));
        t->flags |= TF_COMPLETE;
        return;
    }
    t->flags |= TF_COMPLETE; /* set first: recursion through pointers terminates */
    switch (t->kind) {
    case TY_BOOL:
        t->size = 8; t->flags |= TF_COMPARABLE; break;
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
        t->size = 8; t->flags |= TF_COMPARABLE | TF_NUMERIC | TF_INTEGER | TF_ORDERED; break;
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
        t->size = 8;
        t->flags |= TF_COMPARABLE | TF_NUMERIC | TF_INTEGER | TF_UNSIGNED | TF_ORDERED;
        break;
    case TY_FLOAT32: case TY_FLOAT64:
        t->size = 8; t->flags |= TF_COMPARABLE | TF_NUMERIC | TF_FLOAT | TF_ORDERED; break;
    case TY_COMPLEX64: case TY_COMPLEX128:
        t->size = 16; t->flags |= TF_COMPARABLE | TF_NUMERIC; break;
    case TY_STRING:
        t->size = 16; t->flags |= TF_COMPARABLE | TF_HASPTR | TF_ORDERED; break;
    case TY_UNSAFEPTR: case TY_POINTER: case TY_CHAN:
        t->size = 8; t->flags |= TF_COMPARABLE | TF_HASPTR; break;
    case TY_MAP: case TY_FUNC:
        t->size = 8; t->flags |= TF_HASPTR; break;
    case TY_SLICE:
        t->size = 24; t->flags |= TF_HASPTR; break;
    case TY_INTERFACE:
        t->size = 16; t->flags |= TF_COMPARABLE | TF_HASPTR; break;
    case TY_ARRAY: {
        types_layout(t->elem);
        int64_t es = t->elem->esize;
        int64_t n = t->len;
        int64_t sz = (es && n > (INT64_MAX / 2) / es) ? INT64_MAX / 2 : n * es;
        t->size = (sz + 7) & ~(int64_t)7;
        t->flags |= t->elem->flags & (TF_COMPARABLE | TF_HASPTR);
        if (n == 0) t->flags |= TF_COMPARABLE & t->elem->flags;
        break;
    }
    case TY_STRUCT: {
        int64_t off = 0;
        uint32_t f = TF_COMPARABLE;
        for (int i = 0; i < t->nfields; i++) {
            types_layout(t->fields[i].type);
            t->fields[i].offset = off;
            off += t->fields[i].type->size;
            if (!(t->fields[i].type->flags & TF_COMPARABLE)) f &= ~(uint32_t)TF_COMPARABLE;
            f |= t->fields[i].type->flags & TF_HASPTR;
        }
        t->size = off;
        t->flags |= f;
        break;
    }
    case TY_UNTYPED_BOOL:
        t->size = 8; t->flags |= TF_UNTYPED | TF_COMPARABLE; break;
    case TY_UNTYPED_INT: case TY_UNTYPED_RUNE:
        t->size = 8; t->flags |= TF_UNTYPED | TF_COMPARABLE | TF_NUMERIC | TF_INTEGER | TF_ORDERED; break;
    case TY_UNTYPED_FLOAT:
        t->size = 8; t->flags |= TF_UNTYPED | TF_COMPARABLE | TF_NUMERIC | TF_FLOAT | TF_ORDERED; break;
    case TY_UNTYPED_STRING:
        t->size = 16; t->flags |= TF_UNTYPED | TF_COMPARABLE | TF_ORDERED | TF_HASPTR; break;
    case TY_UNTYPED_NIL:
        t->size = 8; t->flags |= TF_UNTYPED; break;
    case TY_TYPEPARAM:
        t->size = 8; t->flags |= TF_HASTPARAM; break;
    case TY_TUPLE: {
        int64_t off = 0;
        for (int i = 0; i < t->ntuple; i++) {
            types_layout(t->tuple[i]);
            off += t->tuple[i]->size;
        }
        t->size = off;
        break;
    }
    default:
        t->size = 0;
        break;
    }
    t->esize = packed_esize(t->kind, t->size);
}

/* ---- predeclared ---- */

static Type *basic(TypeKind k, const char *name) {
    Type *t = type_alloc(k);
    t->name = name;
    types_layout(t);
    return t;
}

void types_init(void) {
    if (ty_int) return;
    ty_invalid = basic(TY_INVALID, "invalid type");
    ty_bool = basic(TY_BOOL, "bool");
    ty_int = basic(TY_INT, "int");
    ty_int8 = basic(TY_INT8, "int8");
    ty_int16 = basic(TY_INT16, "int16");
    ty_int32 = basic(TY_INT32, "int32");
    ty_int64 = basic(TY_INT64, "int64");
    ty_uint = basic(TY_UINT, "uint");
    ty_uint8 = basic(TY_UINT8, "uint8");
    ty_uint16 = basic(TY_UINT16, "uint16");
    ty_uint32 = basic(TY_UINT32, "uint32");
    ty_uint64 = basic(TY_UINT64, "uint64");
    ty_uintptr = basic(TY_UINTPTR, "uintptr");
    ty_float32 = basic(TY_FLOAT32, "float32");
    ty_float64 = basic(TY_FLOAT64, "float64");
    ty_string = basic(TY_STRING, "string");
    ty_unsafe_pointer = basic(TY_UNSAFEPTR, "unsafe.Pointer");
    ty_untyped_bool = basic(TY_UNTYPED_BOOL, "untyped bool");
    ty_untyped_int = basic(TY_UNTYPED_INT, "untyped int");
    ty_untyped_rune = basic(TY_UNTYPED_RUNE, "untyped rune");
    ty_untyped_float = basic(TY_UNTYPED_FLOAT, "untyped float");
    ty_untyped_string = basic(TY_UNTYPED_STRING, "untyped string");
    ty_untyped_nil = basic(TY_UNTYPED_NIL, "untyped nil");
    ty_any = types_interface(NULL, 0, NULL, 0);
    types_layout(ty_any);
    /* error: a named interface { Error() string } */
    ty_error = types_named(ast_intern("error", 5), NULL, NULL);
    Type *res[1] = {ty_string};
    IMethod m = {ast_intern("Error", 5), types_func(NULL, 0, res, 1, false), NULL};
    types_set_underlying(ty_error, types_interface(&m, 1, NULL, 0));
    types_layout(ty_error);
    /* comparable: a named constraint interface; membership is special-cased by the checker */
    ty_comparable = types_named(ast_intern("comparable", 10), NULL, NULL);
    Type *ci = type_alloc(TY_INTERFACE);
    ci->flags |= TF_CONSTRAINT;
    types_set_underlying(ty_comparable, ci);
    types_layout(ty_comparable);
}

/* ---- printing ---- */

static void write_type(StrBuf *b, Type *t, Pkg *rel, bool reflect);

static void write_tuple_list(StrBuf *b, Type **ts, int n, bool variadic, Pkg *rel, bool reflect) {
    for (int i = 0; i < n; i++) {
        if (i) sb_puts(b, ", ");
        if (variadic && i == n - 1 && ts[i]->u->kind == TY_SLICE) {
            sb_puts(b, "...");
            write_type(b, ts[i]->u == ts[i] ? ts[i]->elem : ts[i]->u->elem, rel, reflect);
        } else {
            write_type(b, ts[i], rel, reflect);
        }
    }
}

static void write_sig(StrBuf *b, Type *t, Pkg *rel, bool reflect) {
    sb_putc(b, '(');
    write_tuple_list(b, t->params, t->nparams, t->variadic, rel, reflect);
    sb_putc(b, ')');
    if (t->nresults == 1) {
        sb_putc(b, ' ');
        write_type(b, t->results[0], rel, reflect);
    } else if (t->nresults > 1) {
        sb_puts(b, " (");
        write_tuple_list(b, t->results, t->nresults, false, rel, reflect);
        sb_putc(b, ')');
    }
}

static void write_quoted(StrBuf *b, const char *s) {
    sb_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') sb_putc(b, '\\');
        sb_putc(b, *s);
    }
    sb_putc(b, '"');
}

static void write_type(StrBuf *b, Type *t, Pkg *rel, bool reflect) {
    if (!t) { sb_puts(b, "<nil>"); return; }
    switch (t->kind) {
    case TY_NAMED:
        if (t->pkg && (reflect || t->pkg != rel)) {
            sb_puts(b, t->pkg->name);
            sb_putc(b, '.');
        }
        sb_puts(b, t->name);
        if (t->ntargs) {
            sb_putc(b, '[');
            for (int i = 0; i < t->ntargs; i++) {
                if (i) sb_puts(b, reflect ? "," : ", ");
                write_type(b, t->targs[i], rel, reflect);
            }
            sb_putc(b, ']');
        }
        return;
    case TY_TYPEPARAM:
        sb_puts(b, t->name ? t->name : "T");
        return;
    case TY_POINTER:
        sb_putc(b, '*');
        write_type(b, t->elem, rel, reflect);
        return;
    case TY_SLICE:
        sb_puts(b, "[]");
        write_type(b, t->elem, rel, reflect);
        return;
    case TY_ARRAY:
        sb_printf(b, "[%lld]", (long long)t->len);
        write_type(b, t->elem, rel, reflect);
        return;
    case TY_MAP:
        sb_puts(b, "map[");
        write_type(b, t->key, rel, reflect);
        sb_putc(b, ']');
        write_type(b, t->elem, rel, reflect);
        return;
    case TY_CHAN:
        if (t->dir == CHAN_RECV) sb_puts(b, "<-chan ");
        else if (t->dir == CHAN_SEND) sb_puts(b, "chan<- ");
        else sb_puts(b, "chan ");
        if (t->dir != CHAN_RECV && t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV) {
            sb_putc(b, '(');
            write_type(b, t->elem, rel, reflect);
            sb_putc(b, ')');
        } else {
            write_type(b, t->elem, rel, reflect);
        }
        return;
    case TY_FUNC:
        sb_puts(b, "func");
        write_sig(b, t, rel, reflect);
        return;
    case TY_STRUCT:
        if (reflect) {
            sb_puts(b, "struct {");
            for (int i = 0; i < t->nfields; i++) {
                sb_puts(b, i ? "; " : " ");
                if (!t->fields[i].embedded) {
                    sb_puts(b, t->fields[i].name);
                    sb_putc(b, ' ');
                }
                write_type(b, t->fields[i].type, rel, reflect);
                if (t->fields[i].tag) {
                    sb_putc(b, ' ');
                    write_quoted(b, t->fields[i].tag);
                }
            }
            sb_puts(b, t->nfields ? " }" : "}");
        } else {
            sb_puts(b, "struct{");
            for (int i = 0; i < t->nfields; i++) {
                if (i) sb_puts(b, "; ");
                if (!t->fields[i].embedded) {
                    sb_puts(b, t->fields[i].name);
                    sb_putc(b, ' ');
                }
                write_type(b, t->fields[i].type, rel, reflect);
                if (t->fields[i].tag) {
                    sb_putc(b, ' ');
                    write_quoted(b, t->fields[i].tag);
                }
            }
            sb_putc(b, '}');
        }
        return;
    case TY_INTERFACE:
        if (t->nimethods == 0 && t->nembeds == 0) {
            if (t == ty_comparable->u) { sb_puts(b, "comparable"); return; }
            sb_puts(b, reflect ? "interface {}" : "interface{}");
            return;
        }
        sb_puts(b, reflect ? "interface { " : "interface{");
        {
            int k = 0;
            if (t->nterms) {
                for (int i = 0; i < t->nterms; i++) {
                    if (i) sb_puts(b, " | ");
                    if (t->terms[i].tilde) sb_putc(b, '~');
                    write_type(b, t->terms[i].type, rel, reflect);
                }
                k++;
            } else {
                for (int i = 0; i < t->nembeds; i++, k++) {
                    if (k) sb_puts(b, "; ");
                    write_type(b, t->embeds[i], rel, reflect);
                }
            }
            for (int i = 0; i < t->nimethods; i++, k++) {
                if (k) sb_puts(b, "; ");
                sb_puts(b, t->imethods[i].name);
                write_sig(b, t->imethods[i].sig, rel, reflect);
            }
        }
        sb_puts(b, reflect ? " }" : "}");
        return;
    case TY_TUPLE:
        sb_putc(b, '(');
        write_tuple_list(b, t->tuple, t->ntuple, false, rel, reflect);
        sb_putc(b, ')');
        return;
    default:
        sb_puts(b, t->name ? t->name : type_kind_names[t->kind]);
        return;
    }
}

const char *type_string(Type *t, Pkg *relative_to) {
    StrBuf b;
    sb_init(&b);
    write_type(&b, t, relative_to, false);
    return sb_cstr(&b);
}

const char *type_rstring(Type *t) {
    const char *s = __atomic_load_n(&t->rstr, __ATOMIC_ACQUIRE);
    if (s) return s;
    StrBuf b;
    sb_init(&b);
    write_type(&b, t, NULL, true);
    s = sb_cstr(&b);
    __atomic_store_n(&t->rstr, s, __ATOMIC_RELEASE);
    return s;
}
