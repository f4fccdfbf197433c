/* check.c — checker entry points: scopes, the universe, packages and imports, package-level
 * declarations (resolved lazily in dependency order), and variable initialization order.
 *
 * Invariants:
 *  - every package-level object is resolved (type known, constants evaluated) by resolve_obj
 *    before use; state 1 marks "in progress" so cycles are reported, not followed forever;
 *  - function bodies are checked only after every package-level signature is known;
 *  - a Package is checked once and cached by import path (stdlib packages are shared).
 */
#include <stdlib.h>
#include "check_internal.h"
#include "../parser/parse.h"

Scope *universe;

typedef struct EmbeddedFile { const char *path; const char *text; size_t len; } EmbeddedFile;
extern const EmbeddedFile stdlib_files[];

const char *intern(const char *s) { return ast_intern(s, strlen(s)); }

/* ---- scopes ---- */

Scope *scope_new(Scope *parent, bool isfunc) {
    Scope *s = NEW(Scope);
    s->parent = parent;
    s->isfunc = isfunc;
    return s;
}

static size_t name_hash(const char *p) { return ((uintptr_t)p >> 3) * 0x9E3779B97F4A7C15ull; }

static void hash_insert(Scope *s, Object *o) {
    int m = s->hcap - 1;
    size_t i = name_hash(o->name) & (size_t)m;
    while (s->hash[i]) i = (i + 1) & (size_t)m;
    s->hash[i] = o;
}

Object *scope_lookup_local(Scope *s, const char *name) {
    if (s->hash) {
        int m = s->hcap - 1;
        size_t i = name_hash(name) & (size_t)m;
        while (s->hash[i]) {
            if (s->hash[i]->name == name) return s->hash[i];
            i = (i + 1) & (size_t)m;
        }
        return NULL;
    }
    for (int i = s->objs.len - 1; i >= 0; i--)
        if (s->objs.items[i]->name == name) return s->objs.items[i];
    return NULL;
}

Object *scope_lookup(Scope *s, const char *name, Scope **found) {
    for (; s; s = s->parent) {
        Object *o = scope_lookup_local(s, name);
        if (o) {
            if (found) *found = s;
            return o;
        }
    }
    return NULL;
}

static void scope_add(Scope *s, Object *o) {
    vec_push(&s->objs, o);
    if (s->objs.len > 16) {
        if (!s->hash || s->objs.len * 2 > s->hcap) {
            s->hcap = s->hcap ? s->hcap * 2 : 64;
            while (s->hcap < s->objs.len * 2) s->hcap *= 2;
            s->hash = NEWARR(Object *, s->hcap);
            for (int i = 0; i < s->objs.len; i++) hash_insert(s, s->objs.items[i]);
        } else {
            hash_insert(s, o);
        }
    }
}

bool scope_declare(Checker *c, Scope *s, Object *obj) {
    if (obj->name[0] == '_' && obj->name[1] == 0) {
        obj->scope = s;
        return true;
    }
    Object *old = scope_lookup_local(s, obj->name);
    if (old) {
        errorf(obj->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", obj->name,
               src_get(old->pos.file) ? src_get(old->pos.file)->path : "?", old->pos.line, old->pos.col,
               obj->name);
        return false;
    }
    obj->scope = s;
    scope_add(s, obj);
    return true;
}

Object *obj_new(ObjKind k, const char *name, Pos pos, Type *t) {
    Object *o = NEW(Object);
    o->kind = k;
    o->name = name;
    o->pos = pos;
    o->type = t;
    o->state = 2; /* package-level objects are reset to 0 (unresolved) by collect_file */
    return o;
}

/* ---- universe ---- */

static void univ_type(const char *name, Type *t) {
    Object *o = obj_new(OBJ_TYPE, intern(name), (Pos){0}, t);
    o->state = 2;
    scope_add(universe, o);
    if (!t->obj && t->kind == TY_NAMED) t->obj = o;
}

static void univ_const(const char *name, Type *t, ConstVal *v) {
    Object *o = obj_new(OBJ_CONST, intern(name), (Pos){0}, t);
    o->cval = v;
    o->state = 2;
    scope_add(universe, o);
}

static const char *const builtin_names[BI__COUNT] = {
#define X(id, name) name,
    BUILTIN_TABLE(X)
#undef X
};

static void universe_init(void) {
    if (universe) return;
    types_init();
    universe = scope_new(NULL, false);
    univ_type("bool", ty_bool);
    univ_type("int", ty_int);
    univ_type("int8", ty_int8);
    univ_type("int16", ty_int16);
    univ_type("int32", ty_int32);
    univ_type("int64", ty_int64);
    univ_type("uint", ty_uint);
    univ_type("uint8", ty_uint8);
    univ_type("uint16", ty_uint16);
    univ_type("uint32", ty_uint32);
    univ_type("uint64", ty_uint64);
    univ_type("uintptr", ty_uintptr);
    univ_type("float32", ty_float32);
    univ_type("float64", ty_float64);
    univ_type("string", ty_string);
    univ_type("byte", ty_uint8);
    univ_type("rune", ty_int32);
    univ_type("error", ty_error);
    univ_type("any", ty_any);
    univ_type("comparable", ty_comparable);
    /* complex types exist in the universe so that using them reports "unsupported" */
    Type *c64 = NEW(Type);
    *c64 = (Type){.kind = TY_COMPLEX64, .name = "complex64"};
    c64->u = c64;
    types_layout(c64);
    univ_type("complex64", c64);
    Type *c128 = NEW(Type);
    *c128 = (Type){.kind = TY_COMPLEX128, .name = "complex128"};
    c128->u = c128;
    types_layout(c128);
    univ_type("complex128", c128);
    univ_const("true", ty_untyped_bool, cv_bool(true));
    univ_const("false", ty_untyped_bool, cv_bool(false));
    Object *iota = obj_new(OBJ_CONST, intern("iota"), (Pos){0}, ty_untyped_int);
    iota->cval = cv_int64(0);
    iota->state = 2;
    iota->builtin = -1; /* marks iota */
    scope_add(universe, iota);
    Object *nil = obj_new(OBJ_NIL, intern("nil"), (Pos){0}, ty_untyped_nil);
    nil->state = 2;
    scope_add(universe, nil);
    for (int i = 0; i < BI__COUNT; i++) {
        Object *b = obj_new(OBJ_BUILTIN, intern(builtin_names[i]), (Pos){0}, ty_invalid);
        b->builtin = i;
        b->state = 2;
        scope_add(universe, b);
    }
}

/* ---- packages ---- */

typedef struct PkgEntry {
    const char *path;
    Package *pkg;
    bool checking;
} PkgEntry;
static VEC(PkgEntry) pkgcache;
static VEC(Package *) allpkgs;

Package **check_all_packages(int *n) {
    *n = allpkgs.len;
    return allpkgs.items;
}

static Package *check_package(Pkg *pkg, Node **files, int nfiles);

/* The files of an embedded stdlib package: every .go file directly in stdlib/<path>/. */
static int stdlib_find(const char *path, const EmbeddedFile **out, int max) {
    size_t pl = strlen(path);
    int n = 0;
    for (const EmbeddedFile *f = stdlib_files; f->path; f++) {
        if (strncmp(f->path, path, pl) == 0 && f->path[pl] == '/' && !strchr(f->path + pl + 1, '/')) {
            if (n < max) out[n] = f;
            n++;
        }
    }
    return n;
}

/* Lazy stdlib files. A file whose first line is "//goro:lazy Name1 Name2 ..." is parsed and
 * checked only when the program may use it: when a user source file (one not under $GOROOT)
 * contains one of the names as an identifier, or when check_load_all is set (the REPL, whose
 * later inputs are not known). Nothing else in the standard library may use such a file's
 * declarations. This keeps fmt's scanning (scan.go) out of every fmt program's start-up. */
bool check_load_all;

static bool ident_char(unsigned char ch) {
    return ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch >= 0x80;
}

static bool text_has_ident(const char *text, size_t len, const char *name, size_t nl) {
    for (size_t i = 0; i + nl <= len; i++) {
        if (text[i] != name[0] || memcmp(text + i, name, nl) != 0) continue;
        if (i > 0 && ident_char((unsigned char)text[i - 1])) continue;
        if (i + nl < len && ident_char((unsigned char)text[i + nl])) continue;
        return true;
    }
    return false;
}

static bool lazy_file_wanted(const EmbeddedFile *f) {
    static const char tag[] = "//goro:lazy ";
    if (f->len < sizeof tag - 1 || memcmp(f->text, tag, sizeof tag - 1) != 0) return true;
    if (check_load_all) return true;
    const char *p = f->text + sizeof tag - 1, *end = memchr(p, '\n', f->len - (sizeof tag - 1));
    if (!end) return true;
    while (p < end) {
        while (p < end && *p == ' ') p++;
        const char *q = p;
        while (q < end && *q != ' ') q++;
        if (q > p) {
            for (int i = 0;; i++) {
                Source *s = src_get(i);
                if (!s) break;
                if (strncmp(s->path, "$GOROOT", 7) == 0) continue;
                if (text_has_ident(s->text, s->len, p, (size_t)(q - p))) return true;
            }
        }
        p = q;
    }
    return false;
}

Package *check_import(const char *path, Pos pos, bool *found) {
    *found = true;
    for (int i = 0; i < pkgcache.len; i++) {
        if (strcmp(pkgcache.items[i].path, path) == 0) {
            if (pkgcache.items[i].checking) {
                errorf(pos, "import cycle not allowed");
                return NULL;
            }
            return pkgcache.items[i].pkg;
        }
    }
    const EmbeddedFile *fs[64];
    int n = stdlib_find(path, fs, 64);
    if (n == 0) {
        *found = false;
        return NULL;
    }
    int idx = pkgcache.len;
    PkgEntry e = {mem_strdup(path), NULL, true};
    vec_push(&pkgcache, e);
    Node *files[64];
    int nf = 0;
    int before = diag_count();
    int want = 0;
    for (int i = 0; i < n && i < 64; i++) {
        if (!lazy_file_wanted(fs[i])) continue;
        want++;
        StrBuf p;
        sb_init(&p);
        sb_printf(&p, "$GOROOT/src/%s", fs[i]->path);
        Source *src = src_add(sb_cstr(&p), fs[i]->text, fs[i]->len);
        Node *f = parse_file(src);
        if (f) files[nf++] = f;
    }
    Package *P = NULL;
    if (nf == want && nf > 0) {
        Pkg *pkg = NEW(Pkg);
        pkg->path = pkgcache.items[idx].path;
        pkg->name = files[0]->file.pkgname->ident.name;
        pkg->native = true;
        P = check_package(pkg, files, nf);
    }
    if (diag_count() > before && !P) {
        /* errors inside goro's own stdlib are reported as they are (a goro bug) */
    }
    pkgcache.items[idx].pkg = P;
    pkgcache.items[idx].checking = false;
    return P;
}

/* ---- package-level declarations ---- */

Checker *cur_checker; /* the checker of the package being checked (checking is single-threaded) */

static void collect_file(Checker *c, Node *file, Scope *fscope) {
    for (int i = 0; i < file->file.imports.len; i++) {
        Node *im = file->file.imports.items[i];
        bool found;
        const char *path = im->import.path;
        Pos ppos = im->import.pathlit ? im->import.pathlit->pos : im->pos;
        if (strcmp(path, "unsafe") == 0 || strcmp(path, "C") == 0) {
            errorf(ppos, strcmp(path, "C") == 0 ? "goro: unsupported: cgo (import \"C\")" : "goro: unsupported: import \"%s\"", path);
            /* declare the name so that uses do not pile up follow-on errors */
            Pkg *up = NEW(Pkg);
            up->name = mem_strdup(path);
            up->path = up->name;
            up->scope = scope_new(NULL, false);
            up->native = false;
            Object *o = obj_new(OBJ_PKGNAME, intern(im->import.name ? im->import.name->ident.name : path), ppos, ty_invalid);
            o->imported = up;
            o->decl = im;
            o->used = true;
            o->cinfo = (void *)1; /* marks an unsupported package */
            scope_declare(c, fscope, o);
            continue;
        }
        Package *ip = check_import(path, ppos, &found);
        if (!found) {
            errorf(ppos, "package %s is not in std", path);
            continue;
        }
        if (!ip) continue;
        vec_push(&c->P->imports, ip);
        const char *name = ip->pkg->name;
        Pos npos = ppos;
        if (im->import.name) {
            name = im->import.name->ident.name;
            npos = im->import.name->pos;
        }
        if (strcmp(name, "_") == 0) continue;
        if (strcmp(name, ".") == 0) {
            /* dot import: copy exported objects into the file scope */
            Scope *ps = ip->pkg->scope;
            for (int k = 0; k < ps->objs.len; k++) {
                Object *o = ps->objs.items[k];
                if (o->name[0] >= 'A' && o->name[0] <= 'Z') scope_add(fscope, o);
            }
            continue;
        }
        Object *o = obj_new(OBJ_PKGNAME, intern(name), npos, ty_invalid);
        o->imported = ip->pkg;
        o->decl = im;
        o->pkg = c->pkg;
        o->state = 2;
        Object *clash = scope_lookup_local(c->pkgscope, o->name);
        if (clash) {
            errorf(npos, "%s already declared through import of package %s", o->name, ip->pkg->name);
        }
        scope_declare(c, fscope, o);
    }
    for (int i = 0; i < file->file.decls.len; i++) {
        Node *d = file->file.decls.items[i];
        if (d->kind == N_FUNCDECL) {
            Node *nm = d->funcdecl.name;
            Object *o = obj_new(OBJ_FUNC, nm->ident.name, nm->pos, NULL);
            o->decl = d;
            o->pkg = c->pkg;
            o->state = 0;
            o->cinfo = fscope; /* file scope for resolution */
            nm->obj = o;
            if (d->funcdecl.recv) {
                o->ismethod = true;
                vec_push(&c->P->funcs, o);
                continue; /* associated with its receiver type in resolve_methods */
            }
            if (!d->funcdecl.body) o->native = true;
            if (strcmp(o->name, "init") == 0) {
                if (d->funcdecl.type->functype.params.len || d->funcdecl.type->functype.results.len)
                    errorf(nm->pos, "func init must have no arguments and no return values");
                if (d->funcdecl.type->functype.typeparams.len)
                    errorf(nm->pos, "func init must have no type parameters");
                vec_push(&c->P->inits, o);
                vec_push(&c->P->funcs, o);
                continue;
            }
            if (strcmp(o->name, "main") == 0 && strcmp(c->pkg->name, "main") == 0) {
                if (d->funcdecl.type->functype.params.len || d->funcdecl.type->functype.results.len)
                    errorf(nm->pos, "func main must have no arguments and no return values");
                if (d->funcdecl.type->functype.typeparams.len)
                    errorf(nm->pos, "func main must have no type parameters");
            }
            vec_push(&c->P->funcs, o);
            scope_declare(c, c->pkgscope, o);
            continue;
        }
        if (d->kind != N_GENDECL) continue;
        Node *prev_const = NULL;
        for (int k = 0; k < d->gendecl.specs.len; k++) {
            Node *sp = d->gendecl.specs.items[k];
            if (sp->kind == N_TYPESPEC) {
                Node *nm = sp->typespec.name;
                Object *o = obj_new(OBJ_TYPE, nm->ident.name, nm->pos, NULL);
                o->decl = sp;
                o->pkg = c->pkg;
                o->state = 0;
                o->cinfo = fscope;
                o->alias = sp->typespec.alias;
                nm->obj = o;
                scope_declare(c, c->pkgscope, o);
            } else if (sp->kind == N_VALUESPEC) {
                bool isconst = d->gendecl.tok == DECL_CONST;
                if (isconst) {
                    if (!sp->valuespec.type && sp->valuespec.values.len == 0) {
                        if (!prev_const) {
                            errorf(sp->pos, "missing init expr for const declaration");
                        }
                    } else {
                        prev_const = sp;
                    }
                    sp->info = prev_const; /* spec providing type and values */
                }
                for (int j = 0; j < sp->valuespec.names.len; j++) {
                    Node *nm = sp->valuespec.names.items[j];
                    Object *o = obj_new(isconst ? OBJ_CONST : OBJ_VAR, nm->ident.name, nm->pos, NULL);
                    o->decl = sp;
                    o->pkg = c->pkg;
                    o->state = 0;
                    o->index = j;
                    o->cinfo = fscope;
                    o->global = !isconst;
                    nm->obj = o;
                    if (!isconst) vec_push(&c->P->globals, o);
                    scope_declare(c, c->pkgscope, o);
                }
            }
        }
    }
}

/* Dependencies of package-level objects, for initialization order. */
typedef struct ObjDeps {
    Object *obj;
    VEC(Object *) deps;
} ObjDeps;

static ObjDeps *deps_of(Object *o) {
    if (!o->deps) {
        ObjDeps *d = NEW(ObjDeps);
        d->obj = o;
        o->deps = d;
    }
    return o->deps;
}

void record_dep(Checker *c, Object *obj) {
    if (!c->decl_obj || !obj || obj->pkg != c->pkg) return;
    if (!(obj->kind == OBJ_VAR && obj->global) && !(obj->kind == OBJ_FUNC)) return;
    ObjDeps *d = deps_of(c->decl_obj);
    for (int i = 0; i < d->deps.len; i++)
        if (d->deps.items[i] == obj) return;
    vec_push(&d->deps, obj);
}

static void check_valuespec(Checker *c, Node *sp, bool isconst);
static void check_typespec(Checker *c, Object *obj);
static void resolve_func_sig(Checker *c, Object *obj);

void resolve_obj(Checker *c, Object *obj) {
    if (obj->state == 2) return;
    if (obj->state == 1) {
        if (obj->kind == OBJ_TYPE) return; /* handled by check_typespec (named types are created first) */
        if (obj->kind == OBJ_CONST || obj->kind == OBJ_VAR) {
            errorf(obj->pos, "initialization cycle or invalid recursive reference to %s", obj->name);
            obj->type = ty_invalid;
            obj->state = 2;
        }
        return;
    }
    /* Resolve in a fresh context at package level, in the object's own package and file. */
    Checker saved = *c;
    if (obj->pkg && obj->pkg != c->pkg) {
        /* objects of other packages are resolved when that package is checked */
        return;
    }
    c->scope = obj->cinfo ? (Scope *)obj->cinfo : c->pkgscope;
    c->filescope = c->scope;
    c->fn = NULL;
    c->depth = 0;
    c->iota = NULL;
    obj->state = 1;
    switch (obj->kind) {
    case OBJ_TYPE:
        c->decl_obj = NULL;
        check_typespec(c, obj);
        break;
    case OBJ_CONST:
    case OBJ_VAR:
        c->decl_obj = obj->kind == OBJ_VAR ? obj : NULL;
        check_valuespec(c, obj->decl, obj->kind == OBJ_CONST);
        break;
    case OBJ_FUNC:
        c->decl_obj = NULL;
        resolve_func_sig(c, obj);
        break;
    default:
        break;
    }
    obj->state = 2;
    Scope *keep_scope = saved.scope;
    *c = saved;
    c->scope = keep_scope;
}

static void check_typespec(Checker *c, Object *obj) {
    Node *sp = obj->decl;
    if (obj->alias) {
        if (sp->typespec.tparams.len) errorf(sp->pos, "generic type cannot be alias");
        obj->type = ty_invalid;
        obj->state = 1;
        Type *t = check_typexpr(c, sp->typespec.type);
        obj->type = t ? t : ty_invalid;
        return;
    }
    Type *named = types_named(obj->name, obj->pkg, obj);
    obj->type = named;
    vec_push(&c->P->named_types, named);
    Scope *sc = c->scope;
    if (sp->typespec.tparams.len) {
        named->flags |= TF_GENERIC | TF_HASTPARAM;
        Scope *tps = scope_new(c->scope, false);
        Object **tps_objs;
        int ntp;
        c->scope = tps;
        check_declare_tparams(c, &sp->typespec.tparams, &tps_objs, &ntp, tps);
        named->tparams = tps_objs;
        named->ntparams = ntp;
        sp->info = tps; /* methods of generic types re-declare their own receiver type params */
    }
    Type *u = check_typexpr(c, sp->typespec.type);
    c->scope = sc;
    if (!u || u == ty_invalid) {
        types_set_underlying(named, ty_invalid);
        return;
    }
    if (u->kind == TY_NAMED) {
        /* underlying of a named type declared in terms of another named type */
        if (!u->u) {
            /* the other type is still being resolved: invalid recursive type */
            errorf(obj->pos, "invalid recursive type %s", obj->name);
            types_set_underlying(named, ty_invalid);
            return;
        }
        u = u->u;
    }
    if (u->kind == TY_TYPEPARAM) {
        errorf(sp->typespec.type->pos, "cannot use a type parameter as RHS in type declaration");
        u = ty_invalid;
    }
    types_set_underlying(named, u);
}

/* Resolve a function's signature (not its body). */
static void resolve_func_sig(Checker *c, Object *obj) {
    Node *d = obj->decl;
    FuncInfo *fi = NEW(FuncInfo);
    fi->decl = d;
    obj->fn = fi;
    Scope *fs = scope_new(c->scope, true);
    fs->node = d;
    Scope *saved = c->scope;
    c->scope = fs;
    if (d->funcdecl.type->functype.typeparams.len) {
        check_declare_tparams(c, &d->funcdecl.type->functype.typeparams, &obj->tparams, &obj->ntparams, fs);
        fi->tparams = obj->tparams;
        fi->ntparams = obj->ntparams;
    }
    Object *recv = NULL;
    obj->type = check_functype(c, d->funcdecl.type, d->funcdecl.recv ? &recv : NULL, fi, fs);
    fi->sig = obj->type;
    fi->recv = recv;
    fi->depth = 1;
    fi->obj = obj;
    if (recv) obj->recv = recv->type;
    c->scope = saved;
    d->info = fs; /* the function scope: body check continues in it */
    StrBuf nb;
    sb_init(&nb);
    if (recv) {
        Type *rt = recv->type;
        bool ptr = rt->kind == TY_POINTER;
        Type *base = ptr ? rt->elem : rt;
        if (ptr) sb_printf(&nb, "%s.(*%s).%s", c->pkg->name, base->name ? base->name : "?", obj->name);
        else sb_printf(&nb, "%s.%s.%s", c->pkg->name, base->name ? base->name : "?", obj->name);
    } else {
        sb_printf(&nb, "%s.%s", c->pkg->name, obj->name);
    }
    fi->name = sb_cstr(&nb);
}

/* Attach methods to their receiver base types. */
static void resolve_methods(Checker *c) {
    for (int i = 0; i < c->P->funcs.len; i++) {
        Object *m = c->P->funcs.items[i];
        if (!m->ismethod) continue;
        Node *d = m->decl;
        Node *rt = d->funcdecl.recv->field.type;
        Node *rf = d->funcdecl.recv;
        Pos rpos = rf->field.names.len ? rf->field.names.items[0]->pos : ast_start_pos(rt);
        /* find the base type name: T, *T, T[P], *T[P] */
        Node *b = rt;
        while (b && b->kind == N_PAREN) b = b->paren.x;
        if (b && b->kind == N_STAR) b = b->star.x;
        while (b && b->kind == N_PAREN) b = b->paren.x;
        if (b && b->kind == N_INDEX) b = b->index.x;
        if (!b || b->kind != N_IDENT) {
            errorf(rt->pos, "invalid receiver type %s", expr_string(rt));
            m->type = ty_invalid;
            m->state = 2;
            continue;
        }
        Object *to = scope_lookup_local(c->pkgscope, b->ident.name);
        if (!to) {
            Object *anywhere = scope_lookup(c->pkgscope, b->ident.name, NULL);
            if (anywhere && anywhere->kind == OBJ_TYPE)
                errorf(rpos, "cannot define new methods on non-local type %s", b->ident.name);
            else
                errorf(b->pos, "undefined: %s", b->ident.name);
            m->type = ty_invalid;
            m->state = 2;
            continue;
        }
        if (to->kind != OBJ_TYPE) {
            errorf(b->pos, "%s is not a type", b->ident.name);
            m->type = ty_invalid;
            m->state = 2;
            continue;
        }
        resolve_obj(c, to);
        Type *T = to->type;
        if (!T || T->kind != TY_NAMED) {
            if (T && T != ty_invalid)
                errorf(rpos, "cannot define new methods on non-local type %s", tstr(c, T));
            m->type = ty_invalid;
            m->state = 2;
            continue;
        }
        if (T->u && (T->u->kind == TY_POINTER || T->u->kind == TY_INTERFACE)) {
            errorf(rpos, "invalid receiver type %s (pointer or interface type)", T->name);
            m->type = ty_invalid;
            m->state = 2;
            continue;
        }
        /* duplicate method / field-method clash */
        for (int k = 0; k < T->nmethods; k++) {
            if (T->methods[k]->name == m->name && m->name[0] != '_') {
                Object *o = T->methods[k];
                errorf(m->pos, "method %s.%s already declared at %s:%d:%d", T->name, m->name,
                       src_get(o->pos.file)->path, o->pos.line, o->pos.col);
                goto next;
            }
        }
        /* a field with the method's name */
        if (T->u && T->u->kind == TY_STRUCT && to->decl && to->decl->typespec.type->kind == N_STRUCTTYPE) {
            NodeList *fl = &to->decl->typespec.type->structtype.fields;
            for (int q = 0; q < fl->len; q++) {
                Node *fld = fl->items[q];
                for (int r = 0; r < fld->field.names.len; r++)
                    if (fld->field.names.items[r]->ident.name == m->name) {
                        Pos fp = fld->field.names.items[r]->pos;
                        errorf(m->pos, "field and method with the same name %s\n\t%s:%d:%d: other declaration of %s", m->name,
                               src_get(fp.file)->path, fp.line, fp.col, m->name);
                        goto next;
                    }
            }
        }
        {
            Object **nm = NEWARR(Object *, T->nmethods + 1);
            if (T->nmethods) memcpy(nm, T->methods, sizeof(Object *) * (size_t)T->nmethods);
            nm[T->nmethods] = m;
            T->methods = nm;
            T->nmethods++;
        }
    next:;
    }
}

/* ---- value specs ---- */

static void check_valuespec(Checker *c, Node *sp, bool isconst) {
    if (isconst) {
        Node *src = sp->info ? (Node *)sp->info : sp;
        c->iota = cv_int64(sp->valuespec.iota);
        Type *t = NULL;
        if (src->valuespec.type) t = check_typexpr(c, src->valuespec.type);
        int nn = sp->valuespec.names.len, nv = src->valuespec.values.len;
        for (int j = 0; j < nn; j++) {
            Node *nm = sp->valuespec.names.items[j];
            Object *o = nm->obj;
            if (!o) continue;
            if (o->state == 2) continue;
            o->state = 1;
            if (j >= nv) {
                if (j == nv && src == sp)
                    errorf(nm->pos, nv == 0 ? "missing init expr for const declaration" : "missing init expr for const declaration");
                else if (src != sp && j == nv)
                    errorf(nm->pos, "missing init expr for const declaration");
                o->type = ty_invalid;
                o->state = 2;
                continue;
            }
            Node *e = src->valuespec.values.items[j];
            if (src != sp) {
                /* implicit repetition: check a fresh copy of the expression with the new iota.
                 * The AST is shared, so re-check it (annotations are overwritten). */
            }
            check_expr(c, e, t);
            if (e->mode == MODE_INVALID) {
                o->type = ty_invalid;
                o->state = 2;
                continue;
            }
            if (e->mode != MODE_CONST) {
                errorf(ast_start_pos(e), "%s is not constant", operand_string(c, e));
                o->type = ty_invalid;
                o->state = 2;
                continue;
            }
            if (t) {
                if (t->u->kind == TY_INVALID) {
                    o->type = ty_invalid;
                } else if (!(t->u->kind >= TY_BOOL && t->u->kind <= TY_STRING)) {
                    errorf(src->valuespec.type->pos, "invalid constant type %s", tstr(c, t));
                    o->type = ty_invalid;
                } else if (assign_check_w(c, e, t, src->valuespec.type, "constant declaration")) {
                    o->type = t;
                } else {
                    o->type = ty_invalid;
                }
            } else {
                o->type = e->type;
            }
            o->cval = e->cval;
            o->state = 2;
        }
        if (nv > nn && src == sp) {
            errorf(src->valuespec.values.items[nn]->pos, "extra init expr");
        }
        c->iota = NULL;
        return;
    }
    /* var spec: all names are resolved together */
    Type *t = NULL;
    if (sp->valuespec.type) t = check_typexpr(c, sp->valuespec.type);
    int nn = sp->valuespec.names.len, nv = sp->valuespec.values.len;
    for (int j = 0; j < nn; j++) {
        Object *o = sp->valuespec.names.items[j]->obj;
        if (o) {
            o->state = 1;
            o->typenode = sp->valuespec.type;
        }
    }
    if (nv == 0) {
        for (int j = 0; j < nn; j++) {
            Object *o = sp->valuespec.names.items[j]->obj;
            if (o) { o->type = t ? t : ty_invalid; o->state = 2; }
        }
        return;
    }
    if (nn == nv) {
        for (int j = 0; j < nn; j++) {
            Node *e = sp->valuespec.values.items[j];
            Object *o = sp->valuespec.names.items[j]->obj;
            Object *saved = c->decl_obj;
            if (o && o->global) c->decl_obj = o;
            check_expr(c, e, t);
            c->decl_obj = saved;
            Type *vt = t;
            if (e->mode != MODE_INVALID) {
                if (t) assign_check_w(c, e, t, sp->valuespec.type, "variable declaration");
                else {
                    if (e->mode == MODE_NOVALUE) {
                        errorf(ast_start_pos(e), "%s (no value) used as value", expr_string(e));
                        vt = ty_invalid;
                    } else if (e->type == ty_untyped_nil) {
                        errorf(ast_start_pos(e), "use of untyped nil in variable declaration");
                        vt = ty_invalid;
                    } else {
                        default_untyped(c, e);
                        vt = e->type;
                    }
                }
            } else if (!vt) {
                vt = ty_invalid;
            }
            if (o) { o->type = vt; o->state = 2; }
        }
        return;
    }
    if (nv == 1) {
        Node *e = sp->valuespec.values.items[0];
        Object *saved = c->decl_obj;
        Object *o0 = sp->valuespec.names.items[0]->obj;
        if (o0 && o0->global) c->decl_obj = o0;
        check_rawexpr(c, e, NULL, false, true);
        c->decl_obj = saved;
        /* dependencies of the shared initializer belong to every name */
        if (o0 && o0->global) {
            ObjDeps *d0 = deps_of(o0);
            for (int j = 1; j < nn; j++) {
                Object *o = sp->valuespec.names.items[j]->obj;
                if (!o) continue;
                ObjDeps *dj = deps_of(o);
                for (int k = 0; k < d0->deps.len; k++) vec_push(&dj->deps, d0->deps.items[k]);
            }
        }
        Type *tt = e->type;
        int have = 0;
        if (e->mode == MODE_INVALID) have = -1;
        else if (tt && tt->kind == TY_TUPLE) have = tt->ntuple;
        else if (IS_COMMAOK(e) && nn == 2) have = 2;
        else have = 1;
        if (have >= 0 && have != nn) {
            if (e->kind == N_CALL)
                errorf(ast_start_pos(e), "assignment mismatch: %d variable%s but %s returns %d value%s",
                       nn, nn == 1 ? "" : "s", expr_string(e->call.fun), have, have == 1 ? "" : "s");
            else
                errorf(ast_start_pos(e), "assignment mismatch: %d variable%s but %d value%s", nn,
                       nn == 1 ? "" : "s", have, have == 1 ? "" : "s");
            have = -1;
        }
        if (IS_COMMAOK(e) && nn == 2) e->flags |= NF_HASOK;
        for (int j = 0; j < nn; j++) {
            Object *o = sp->valuespec.names.items[j]->obj;
            if (!o) continue;
            Type *vt = t;
            if (have < 0) vt = t ? t : ty_invalid;
            else if (!t) {
                if (tt->kind == TY_TUPLE) vt = tt->tuple[j];
                else vt = j == 0 ? check_default_type(tt) : ty_bool;
            } else {
                Type *src = tt->kind == TY_TUPLE ? tt->tuple[j] : (j == 0 ? tt : ty_untyped_bool);
                const char *why = NULL;
                if (!is_assignable(c, src, t, NULL, &why))
                    errorf(ast_start_pos(e), "cannot use %s value as %s value in assignment", tstr(c, src), tstr(c, t));
            }
            o->type = vt;
            o->state = 2;
        }
        if (IS_COMMAOK(e) && nn == 2 && !t) {
            /* the value part takes its default type */
            if (e->type && is_untyped(e->type)) convert_untyped(c, e, check_default_type(e->type));
        }
        return;
    }
    /* count mismatch */
    errorf(ast_start_pos(sp->valuespec.values.items[0]), "assignment mismatch: %d variable%s but %d value%s", nn,
           nn == 1 ? "" : "s", nv, nv == 1 ? "" : "s");
    for (int j = 0; j < nv; j++) use_expr(c, sp->valuespec.values.items[j]);
    for (int j = 0; j < nn; j++) {
        Object *o = sp->valuespec.names.items[j]->obj;
        if (o) { o->type = t ? t : ty_invalid; o->state = 2; }
    }
}

/* ---- initialization order (Go spec "Package initialization") ---- */

static bool depends_on_uninit(Object *o, Object **done, int ndone, Object **stack, int depth) {
    ObjDeps *d = o->deps;
    if (!d) return false;
    for (int i = 0; i < d->deps.len; i++) {
        Object *x = d->deps.items[i];
        if (x->kind == OBJ_VAR) {
            bool isdone = false;
            for (int k = 0; k < ndone; k++)
                if (done[k] == x) { isdone = true; break; }
            if (!isdone) return true;
        } else if (x->kind == OBJ_FUNC) {
            bool onstack = false;
            for (int k = 0; k < depth; k++)
                if (stack[k] == x) { onstack = true; break; }
            if (onstack || depth >= 64) continue;
            stack[depth] = x;
            if (depends_on_uninit(x, done, ndone, stack, depth + 1)) return true;
        }
    }
    return false;
}

static void compute_init_order(Checker *c) {
    /* Entries in declaration order: one per name for `a, b = x, y`; one per spec for
     * `a, b = f()`. Vars without initializers start out initialized (zero). */
    VEC(InitEntry) ents = {0};
    VEC(Object *) reps = {0};
    for (int i = 0; i < c->P->globals.len; i++) {
        Object *o = c->P->globals.items[i];
        Node *sp = o->decl;
        int nv = sp->valuespec.values.len, nn = sp->valuespec.names.len;
        if (nv == 0) continue;
        if (nv == 1 && nn > 1) {
            if (o->index != 0) continue;
            InitEntry e = {sp, -1};
            vec_push(&ents, e);
        } else {
            InitEntry e = {sp, o->index};
            vec_push(&ents, e);
        }
        vec_push(&reps, o);
    }
    int n = ents.len;
    Object **done = NEWARR(Object *, c->P->globals.len + 1);
    int ndone = 0;
    for (int i = 0; i < c->P->globals.len; i++) {
        Object *o = c->P->globals.items[i];
        if (((Node *)o->decl)->valuespec.values.len == 0) done[ndone++] = o;
    }
    bool *emitted = NEWARR(bool, n + 1);
    Object *stack[64];
    for (int round = 0; round < n; round++) {
        int pick = -1;
        for (int i = 0; i < n && pick < 0; i++) {
            if (emitted[i]) continue;
            InitEntry *e = &ents.items[i];
            bool blocked = false;
            if (e->index < 0) {
                for (int k = 0; k < e->spec->valuespec.names.len && !blocked; k++) {
                    Object *o = e->spec->valuespec.names.items[k]->obj;
                    if (o) blocked = depends_on_uninit(o, done, ndone, stack, 0);
                }
            } else {
                blocked = depends_on_uninit(reps.items[i], done, ndone, stack, 0);
            }
            if (!blocked) pick = i;
        }
        if (pick < 0) {
            for (int i = 0; i < n; i++)
                if (!emitted[i]) {
                    errorf(reps.items[i]->pos, "initialization cycle or initialization loop involving %s",
                           reps.items[i]->name);
                    break;
                }
            return;
        }
        emitted[pick] = true;
        InitEntry *e = &ents.items[pick];
        vec_push(&c->P->init_order, *e);
        if (e->index < 0) {
            for (int k = 0; k < e->spec->valuespec.names.len; k++)
                if (e->spec->valuespec.names.items[k]->obj) done[ndone++] = e->spec->valuespec.names.items[k]->obj;
        } else {
            done[ndone++] = reps.items[pick];
        }
    }
}

/* ---- invalid recursive types ---- */

static bool cycle_walk(Type *t, Type *target, Type **path, int *n, int depth) {
    if (!t || depth > 64) return false;
    if (t->kind == TY_NAMED) {
        if (t == target && depth > 0) return true;
        for (int i = 0; i < *n; i++)
            if (path[i] == t) return false;
        path[(*n)++] = t;
        if (t->u && cycle_walk(t->u, target, path, n, depth + 1)) return true;
        (*n)--;
        return false;
    }
    if (t->kind == TY_STRUCT) {
        for (int i = 0; i < t->nfields; i++)
            if (cycle_walk(t->fields[i].type, target, path, n, depth + 1)) return true;
        return false;
    }
    if (t->kind == TY_ARRAY) return cycle_walk(t->elem, target, path, n, depth + 1);
    return false;
}

static void check_type_cycle(Checker *c, Type *t) {
    if (!t->u || t->u == ty_invalid || t->orig) return;
    Type *path[80];
    int n = 0;
    if (!cycle_walk(t, t, path, &n, 0)) return;
    /* report once per cycle: at the earliest declared type of the cycle */
    for (int i = 1; i < n; i++)
        if (path[i]->obj && t->obj && pos_cmp(path[i]->obj->pos, t->obj->pos) < 0) return;
    Pos p = t->obj ? t->obj->pos : (Pos){0};
    if (n == 1) {
        errorf(p, "invalid recursive type: %s refers to itself", t->name);
    } else {
        StrBuf b;
        sb_init(&b);
        sb_printf(&b, "invalid recursive type %s", t->name);
        for (int i = 0; i < n; i++) {
            Type *from = path[i], *to = path[(i + 1) % n];
            Pos fp = from->obj ? from->obj->pos : p;
            sb_printf(&b, "\n\t%s:%d:%d: %s refers to %s", src_get(fp.file) ? src_get(fp.file)->path : "?", fp.line, fp.col,
                      from->name, to->name);
        }
        errorf(p, "%s", sb_cstr(&b));
    }
    for (int i = 0; i < n; i++) types_set_underlying(path[i], ty_invalid);
    (void)c;
}

/* ---- checking a package ---- */

static void check_bodies(Checker *c) {
    for (int i = 0; i < c->P->funcs.len; i++) {
        Object *f = c->P->funcs.items[i];
        if (f->state != 2) resolve_obj(c, f);
        if (!f->fn || f->type == ty_invalid) continue;
        Node *d = f->decl;
        if (!d->funcdecl.body) {
            if (!c->pkg->native) errorf(d->funcdecl.name->pos, "missing function body");
            continue;
        }
        c->scope = (Scope *)d->info;
        c->decl_obj = f;
        check_func_body(c, f->fn, d->funcdecl.body);
        c->decl_obj = NULL;
    }
}

static void check_unused_imports(Checker *c, Scope *fscope) {
    for (int i = 0; i < fscope->objs.len; i++) {
        Object *o = fscope->objs.items[i];
        if (o->kind != OBJ_PKGNAME || o->used) continue;
        Node *im = o->decl;
        Pos p = im->import.pathlit ? im->import.pathlit->pos : im->pos;
        if (im->import.name) {
            p = im->import.name->pos;
            errorf(p, "\"%s\" imported as %s and not used", im->import.path, o->name);
        } else {
            errorf(p, "\"%s\" imported and not used", im->import.path);
        }
    }
}

static Package *check_package(Pkg *pkg, Node **files, int nfiles) {
    universe_init();
    Checker cc = {0};
    Checker *c = &cc;
    Checker *outer_checker = cur_checker;
    cur_checker = c;
    Package *P = NEW(Package);
    P->pkg = pkg;
    c->P = P;
    c->pkg = pkg;
    c->pkgscope = scope_new(universe, false);
    pkg->scope = c->pkgscope;
    Scope **fscopes = NEWARR(Scope *, nfiles);
    for (int i = 0; i < nfiles; i++) {
        vec_push(&P->files, files[i]);
        fscopes[i] = scope_new(c->pkgscope, false);
        Node *pn = files[i]->file.pkgname;
        if (pn && pn->ident.name != ast_intern(pkg->name, strlen(pkg->name))) {
            errorf(pn->pos, "package %s; expected package %s", pn->ident.name, pkg->name);
        }
    }
    for (int i = 0; i < nfiles; i++) {
        c->filescope = fscopes[i];
        collect_file(c, files[i], fscopes[i]);
    }
    /* attach methods to their types first: interface satisfaction needs complete method sets */
    resolve_methods(c);
    /* resolve every package-level object */
    for (int i = 0; i < c->pkgscope->objs.len; i++) resolve_obj(c, c->pkgscope->objs.items[i]);
    for (int i = 0; i < P->funcs.len; i++) resolve_obj(c, P->funcs.items[i]);
    /* blank-named package-level objects were not added to the scope: resolve them too */
    for (int i = 0; i < nfiles; i++) {
        Node *f = files[i];
        for (int k = 0; k < f->file.decls.len; k++) {
            Node *d = f->file.decls.items[k];
            if (d->kind != N_GENDECL) continue;
            for (int j = 0; j < d->gendecl.specs.len; j++) {
                Node *sp = d->gendecl.specs.items[j];
                if (sp->kind == N_VALUESPEC)
                    for (int q = 0; q < sp->valuespec.names.len; q++) {
                        Object *o = sp->valuespec.names.items[q]->obj;
                        if (o) resolve_obj(c, o);
                    }
                else if (sp->kind == N_TYPESPEC && sp->typespec.name->obj)
                    resolve_obj(c, sp->typespec.name->obj);
            }
        }
    }
    /* named types containing themselves (through struct fields and array elements) */
    for (int i = 0; i < P->named_types.len; i++) check_type_cycle(c, P->named_types.items[i]);
    /* layouts of all named types */
    for (int i = 0; i < P->named_types.len; i++) types_layout(P->named_types.items[i]);
    check_bodies(c);
    compute_init_order(c);
    if (strcmp(pkg->name, "main") == 0 && !pkg->native) {
        Object *m = scope_lookup_local(c->pkgscope, intern("main"));
        if (!m || m->kind != OBJ_FUNC) errorf((Pos){files[0]->pos.file, 0, 0}, "function main is undeclared in the main package");
    }
    for (int i = 0; i < nfiles; i++) check_unused_imports(c, fscopes[i]);
    vec_push(&allpkgs, P);
    cur_checker = outer_checker;
    return P;
}

Package *check_program(Node **files, int nfiles) {
    universe_init();
    Pkg *pkg = NEW(Pkg);
    pkg->name = "main";
    pkg->path = "main";
    if (nfiles > 0 && files[0]->file.pkgname) {
        const char *nm = files[0]->file.pkgname->ident.name;
        if (strcmp(nm, "main") != 0) {
            errorf(files[0]->file.pkgname->pos, "package %s is not a main package", nm);
        }
    }
    int before = diag_count();
    Package *P = check_package(pkg, files, nfiles);
    if (diag_count() > before) return NULL;
    return P;
}

Type *check_default_type(Type *t) {
    if (!t) return t;
    switch (t->kind) {
    case TY_UNTYPED_BOOL: return ty_bool;
    case TY_UNTYPED_INT: return ty_int;
    case TY_UNTYPED_RUNE: return ty_int32;
    case TY_UNTYPED_FLOAT: return ty_float64;
    case TY_UNTYPED_STRING: return ty_string;
    default: return t;
    }
}

/* Forget the user packages checked so far: check_all_packages (and so compile_program) then
 * sees only the cached stdlib packages. For drivers that check many programs in one process
 * (tests/fuzz); the stdlib cache stays valid because stdlib packages never import user ones. */
void check_reset(void);
void check_reset(void) {
    int n = 0;
    for (int i = 0; i < allpkgs.len; i++)
        if (allpkgs.items[i]->pkg->native) allpkgs.items[n++] = allpkgs.items[i];
    allpkgs.len = n;
}

/* REPL support (compiler/repl_session.c): report named types that contain themselves, as
 * check_package does for a whole package, for the types one REPL input declared. */
void check_type_cycles(Checker *c, Type **types, int n);
void check_type_cycles(Checker *c, Type **types, int n) {
    for (int i = 0; i < n; i++) check_type_cycle(c, types[i]);
}

/* REPL support: the package-level variables and functions that o's initializer (a variable)
 * or body (a function) refers to, as recorded while checking (for initialization order). */
int check_obj_deps(Object *o, Object ***deps);
int check_obj_deps(Object *o, Object ***deps) {
    ObjDeps *d = o->deps;
    *deps = d ? d->deps.items : NULL;
    return d ? d->deps.len : 0;
}
