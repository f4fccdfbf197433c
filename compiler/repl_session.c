/* repl_session.c — incremental checking and compilation of REPL inputs (see repl_session.h).
 *
 * Uses the checker's and the code generator's internals (check_internal.h, gen.h) to do for
 * one input what check_package and compile_program do for a whole program:
 *   1. scan tokens: find method declarations (the REPL grammar has none: `func (` also starts
 *      a function literal) and standard packages used without an import;
 *   2. parse (methods with their receiver blanked out, receivers parsed separately, so every
 *      position stays exact);
 *   3. check: imports, hoisted declarations, then statements one by one;
 *   4. compile the statements into "main.inputN", drain the code generator's worklist, and
 *      wrap it in an entry that first initializes newly imported packages.
 *
 * Invariant: the session's scope chain (s->top down to s->imports) only ever grows by a
 * successful input; a failed input restores s->top and every method table it changed.
 */
#include <stdlib.h>
#include "repl_session.h"
#include "gen.h"
#include "../lexer/lex.h"
#include "../parser/parse.h"
#include "grammar.h"

/* Defined at the end of gen.c and check.c (REPL support). */
void gen_compile_pending(void);
void check_type_cycles(Checker *c, Type **types, int n);
int check_obj_deps(Object *o, Object ***deps);

typedef struct EmbeddedFile { const char *path; const char *text; size_t len; } EmbeddedFile;
extern const EmbeddedFile stdlib_files[];

/* A statement of the input and what the code generator does with it. */
typedef enum ItemKind {
    IT_STMT,    /* gen_stmt */
    IT_VARS,    /* session variables: spec initializers stored to global cells */
    IT_SHOW,    /* expression with a value: print it */
    IT_VOID,    /* expression statement without a value (a call) */
} ItemKind;

typedef struct Item {
    ItemKind kind;
    Node *node;         /* the statement, the N_VALUESPEC (IT_VARS) or the expression */
    ReplShow *show;     /* IT_SHOW: for a single value; tuples use shows[i] */
    ReplShow **shows;
    int index;          /* IT_VARS: the one name to initialize, or -1 for all */
} Item;

typedef VEC(Object *) ObjVec;

typedef struct MethodUndo {
    Type *t;
    Object **methods;
    int nmethods;
} MethodUndo;

struct ReplSession {
    Pkg *pkg;
    Package *P;
    Checker ck;
    Scope *imports;         /* bottom of the chain (parent: universe) */
    Scope *top;             /* newest layer */
    int ninputs;
    int npkg_init;          /* packages of check_all_packages already initialized */
    NativeFn show;
    Proto *show_proto;
    Proto *last_input;
    VEC(Proto *) inputs;    /* inputs[i]: entry body of input i+1 (NULL: none) */
    ObjVec inits;           /* init functions declared by the input: run after its statements */
    bool labels;            /* show bare identifiers as "x = value" (:vars) */
    /* per input */
    VEC(Item) items;
    VEC(MethodUndo) undo;
    VEC(Type *) mtab_dirty; /* types whose method set changed (tables to rebuild) */
    FuncInfo *fi;           /* entry function of the input being compiled */
};

/* ---- tokens ---- */

typedef struct Tok {
    int code;
    Pos pos;
    size_t off;         /* byte offset of the token's first byte */
    const char *text;   /* identifiers: interned name */
} Tok;
typedef VEC(Tok) TokVec;

/* Every token of text (lexical errors are dropped: the parser reports them). */
static TokVec scan(const char *text, size_t len) {
    TokVec v = {0};
    VEC(size_t) lines = {0};
    vec_push(&lines, (size_t)0);
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n') vec_push(&lines, i + 1);
    int before = diag_count();
    bool quiet = diag_quiet;
    diag_quiet = true;
    Source *src = src_add("repl", text, len);
    Lexer *lx = lex_new(src);
    for (int guard = 0; guard < 1000000; guard++) {
        Token t = lex_next(lx);
        if (t.code == 0) break;
        if (lex_error_count(lx)) break;
        Tok k = {t.code, t.pos, 0, t.code == TK_IDENT ? t.text : NULL};
        if (t.pos.line >= 1 && t.pos.line <= lines.len) k.off = lines.items[t.pos.line - 1] + (size_t)(t.pos.col - 1);
        vec_push(&v, k);
    }
    diag_quiet = quiet;
    if (diag_count() > before) diag_reset();
    return v;
}

int rs_open_depth(const char *text, size_t len) {
    TokVec t = scan(text, len);
    int d = 0;
    for (int i = 0; i < t.len; i++) {
        switch (t.items[i].code) {
        case TK_LPAREN: case TK_LBRACK: case TK_LBRACE: d++; break;
        case TK_RPAREN: case TK_RBRACK: case TK_RBRACE: d--; break;
        default: break;
        }
    }
    return d < 0 ? 0 : d;
}

/* A method declaration found in the token stream. */
typedef struct MethodSpan {
    size_t func_off;    /* the `func` keyword */
    size_t recv_start;  /* the receiver's '(' */
    size_t recv_end;    /* one past its ')' */
    Pos name;           /* the method name */
} MethodSpan;
typedef VEC(MethodSpan) SpanVec;
typedef VEC(const char *) NameVec;

/* `func (recv) Name(` or `func (recv) Name[` at the start of a top-level statement. */
static SpanVec find_methods(TokVec *t) {
    SpanVec ms = {0};
    int depth = 0;
    for (int i = 0; i < t->len; i++) {
        int c = t->items[i].code;
        if (c == TK_LPAREN || c == TK_LBRACK || c == TK_LBRACE) depth++;
        else if (c == TK_RPAREN || c == TK_RBRACK || c == TK_RBRACE) depth--;
        if (c != TK_FUNC || depth != 0) continue;
        if (i > 0 && t->items[i - 1].code != TK_SEMICOLON) continue;
        if (i + 1 >= t->len || t->items[i + 1].code != TK_LPAREN) continue;
        int d = 0, j = i + 1;
        for (; j < t->len; j++) {
            int cj = t->items[j].code;
            if (cj == TK_LPAREN || cj == TK_LBRACK || cj == TK_LBRACE) d++;
            else if (cj == TK_RPAREN || cj == TK_RBRACK || cj == TK_RBRACE) {
                if (--d == 0) break;
            }
        }
        if (j + 2 >= t->len) continue;
        if (t->items[j + 1].code != TK_IDENT) continue;
        int after = t->items[j + 2].code;
        if (after != TK_LPAREN && after != TK_LBRACK) continue;
        MethodSpan m = {t->items[i].off, t->items[i + 1].off, t->items[j].off + 1, t->items[j + 1].pos};
        vec_push(&ms, m);
    }
    return ms;
}

/* ---- standard packages ---- */

/* Import path of the standard package whose name is `name` (last path element), or NULL. */
static const char *std_package_path(const char *name) {
    static VEC(const char *) paths;
    if (!paths.len) {
        for (const EmbeddedFile *f = stdlib_files; f->path; f++) {
            const char *slash = strrchr(f->path, '/');
            if (!slash) continue;
            char *dir = mem_strndup(f->path, (size_t)(slash - f->path));
            if (strncmp(dir, "internal/", 9) == 0 || strstr(dir, "/internal/") || strcmp(dir, "internal") == 0) continue;
            bool have = false;
            for (int i = 0; i < paths.len && !have; i++) have = strcmp(paths.items[i], dir) == 0;
            if (!have) vec_push(&paths, dir);
        }
    }
    for (int i = 0; i < paths.len; i++) {
        const char *p = paths.items[i];
        const char *last = strrchr(p, '/');
        last = last ? last + 1 : p;
        if (strcmp(last, name) == 0) return p;
    }
    return NULL;
}

/* Every standard package name, for completion. */
static void std_package_names(NameVec *out) {
    for (const EmbeddedFile *f = stdlib_files; f->path; f++) {
        const char *slash = strrchr(f->path, '/');
        if (!slash) continue;
        char *dir = mem_strndup(f->path, (size_t)(slash - f->path));
        if (strncmp(dir, "internal", 8) == 0 || strstr(dir, "/internal")) continue;
        const char *last = strrchr(dir, '/');
        last = last ? last + 1 : dir;
        if (std_package_path(last) != NULL && strcmp(std_package_path(last), dir) == 0) vec_push(out, last);
    }
}

/* ---- scopes ---- */

/* Declare o in sc, replacing an object of the same name there (re-imports). */
static void scope_put(Checker *c, Scope *sc, Object *o) {
    for (int i = 0; i < sc->objs.len; i++) {
        Object *old = sc->objs.items[i];
        if (old->name != o->name) continue;
        sc->objs.items[i] = o;
        if (sc->hash)
            for (int k = 0; k < sc->hcap; k++)
                if (sc->hash[k] == old) sc->hash[k] = o;
        o->scope = sc;
        return;
    }
    scope_declare(c, sc, o);
}

static Checker *begin(ReplSession *s) {
    Checker *c = &s->ck;
    c->P = s->P;
    c->pkg = s->pkg;
    c->pkgscope = s->top;
    c->filescope = s->imports;
    c->scope = s->top;
    c->fn = NULL;
    c->depth = 0;
    c->decl_obj = NULL;
    c->iota = NULL;
    cur_checker = c;
    return c;
}

ReplSession *rs_new(NativeFn show) {
    ReplSession *s = NEW(ReplSession);
    /* the universe exists once a package was checked: check an empty program file's worth */
    Pkg *pkg = NEW(Pkg);
    pkg->name = "main";
    pkg->path = "main";
    s->pkg = pkg;
    s->P = NEW(Package);
    s->P->pkg = pkg;
    s->show = show;
    Proto *sp = NEW(Proto);
    sp->name = "goro.show";
    sp->native = show;
    sp->nargs = 3;
    sp->nresults = 0;
    sp->nregs = 3;
    sp->compiled = true;
    s->show_proto = sp;
    return s;
}

/* The universe is created by the first check; make sure it exists before building scopes. */
static void ensure_scopes(ReplSession *s) {
    if (s->imports) return;
    check_load_all = true; /* later inputs may use any declaration */
    if (!universe) {
        bool found;
        check_import("errors", (Pos){0}, &found); /* checks a tiny package: creates the universe */
    }
    s->imports = scope_new(universe, false);
    s->top = s->imports;
    s->pkg->scope = s->imports;
}

/* ---- imports ---- */

static Object *import_package(ReplSession *s, Checker *c, const char *path, const char *alias, Pos pos, Node *decl) {
    if (strcmp(path, "unsafe") == 0 || strcmp(path, "C") == 0) {
        errorf(pos, "goro: unsupported: import \"%s\"", path);
        return NULL;
    }
    bool found;
    Package *ip = check_import(path, pos, &found);
    cur_checker = c;
    if (!found) {
        errorf(pos, "package %s is not in std", path);
        return NULL;
    }
    if (!ip) return NULL;
    const char *name = alias ? alias : ip->pkg->name;
    if (strcmp(name, "_") == 0) return NULL; /* initialized with the next entry, nothing declared */
    if (strcmp(name, ".") == 0) {
        errorf(pos, "goro: dot imports are not supported in the REPL");
        return NULL;
    }
    Object *o = obj_new(OBJ_PKGNAME, intern(name), pos, ty_invalid);
    o->imported = ip->pkg;
    o->decl = decl;
    o->pkg = s->pkg;
    o->state = 2;
    o->used = true;
    scope_put(c, s->imports, o);
    return o;
}

/* Standard packages used as pkg.Name in the tokens but not declared: import them. */
static void auto_import(ReplSession *s, Checker *c, TokVec *t) {
    for (int i = 0; i + 2 < t->len; i++) {
        if (t->items[i].code != TK_IDENT || t->items[i + 1].code != TK_PERIOD || t->items[i + 2].code != TK_IDENT) continue;
        if (i > 0 && t->items[i - 1].code == TK_PERIOD) continue;
        const char *name = t->items[i].text;
        if (!name || scope_lookup(s->top, name, NULL)) continue;
        const char *path = std_package_path(name);
        if (!path) continue;
        import_package(s, c, path, NULL, t->items[i].pos, NULL);
    }
}

/* ---- parsing ---- */

/* Blank bytes [from, to) of a copy of text (newlines kept, so positions do not move). */
static void blank(char *text, size_t from, size_t to) {
    for (size_t i = from; i < to; i++)
        if (text[i] != '\n') text[i] = ' ';
}

/* Parse the receiver of a method: the text up to the receiver's ')' with everything before
 * `func` blanked, plus " {}", parses as a function literal whose one parameter is it. */
static Node *parse_receiver(const char *path, const char *text, MethodSpan *m) {
    size_t n = m->recv_end;
    char *t = mem_alloc_atomic(n + 4);
    memcpy(t, text, n);
    blank(t, 0, m->func_off);
    memcpy(t + n, " {}", 3);
    Source *src = src_add(path, t, n + 3);
    bool inc;
    Node *f = parse_repl_input(src, &inc);
    if (!f || f->file.decls.len != 1) return NULL;
    Node *st = f->file.decls.items[0];
    if (st->kind != N_EXPRSTMT || st->exprstmt.x->kind != N_FUNCLIT) return NULL;
    Node *ft = st->exprstmt.x->funclit.type;
    if (ft->functype.params.len == 0) {
        errorf(ft->pos, "method has no receiver");
        return NULL;
    }
    if (ft->functype.params.len > 1 || ft->functype.params.items[0]->field.names.len > 1) {
        errorf(ft->pos, "method has multiple receivers");
        return NULL;
    }
    return ft->functype.params.items[0];
}

static Node *parse_input(const char *path, const char *text, size_t len, TokVec *toks, bool *incomplete) {
    *incomplete = false;
    if (toks->len && toks->items[0].code == TK_PACKAGE) {
        /* a whole file (pasted or :load-ed): declarations, methods included */
        Source *src = src_add(path, text, len);
        return parse_file(src);
    }
    SpanVec ms = find_methods(toks);
    char *t = mem_alloc_atomic(len + 1);
    memcpy(t, text, len);
    for (int i = 0; i < ms.len; i++) blank(t, ms.items[i].recv_start, ms.items[i].recv_end);
    Source *src = src_add(path, t, len);
    Node *f = parse_repl_input(src, incomplete);
    if (!f) return NULL;
    for (int i = 0; i < ms.len; i++) {
        Node *d = NULL;
        for (int k = 0; k < f->file.decls.len && !d; k++) {
            Node *x = f->file.decls.items[k];
            if (x->kind == N_FUNCDECL && x->funcdecl.name->pos.line == ms.items[i].name.line &&
                x->funcdecl.name->pos.col == ms.items[i].name.col)
                d = x;
        }
        if (!d) continue;
        Node *recv = parse_receiver(path, text, &ms.items[i]);
        if (!recv) {
            if (!diag_count()) errorf(d->pos, "invalid method receiver");
            return NULL;
        }
        d->funcdecl.recv = recv;
    }
    return f;
}

/* ---- declarations ---- */

static Node *decl_of(Node *n) { return n->kind == N_DECLSTMT ? n->declstmt.decl : n; }

/* Methods: attach to their receiver base types (check.c's resolve_methods, except that a
 * method of the same name declared by an earlier input is replaced). */
static void attach_method(ReplSession *s, Checker *c, Object *m, Scope *layer) {
    Node *d = m->decl;
    Node *rt = d->funcdecl.recv->field.type;
    Node *rf = d->funcdecl.recv;
    Pos rpos = rf->field.names.len ? rf->field.names.items[0]->pos : ast_start_pos(rt);
    Node *b = rt;
    while (b && b->kind == N_PAREN) b = b->paren.x;
    if (b && b->kind == N_STAR) b = b->star.x;
    while (b && b->kind == N_PAREN) b = b->paren.x;
    if (b && b->kind == N_INDEX) b = b->index.x;
    if (!b || b->kind != N_IDENT) {
        errorf(rt->pos, "invalid receiver type %s", expr_string(rt));
        goto bad;
    }
    Object *to = scope_lookup(layer, b->ident.name, NULL);
    if (!to) {
        errorf(b->pos, "undefined: %s", b->ident.name);
        goto bad;
    }
    if (to->kind != OBJ_TYPE) {
        errorf(b->pos, "%s is not a type", b->ident.name);
        goto bad;
    }
    if (to->pkg != s->pkg) {
        errorf(rpos, "cannot define new methods on non-local type %s", b->ident.name);
        goto bad;
    }
    resolve_obj(c, to);
    Type *T = to->type;
    if (!T || T->kind != TY_NAMED) {
        if (T && T != ty_invalid) errorf(rpos, "cannot define new methods on non-local type %s", tstr(c, T));
        goto bad;
    }
    if (T->u && (T->u->kind == TY_POINTER || T->u->kind == TY_INTERFACE)) {
        errorf(rpos, "invalid receiver type %s (pointer or interface type)", T->name);
        goto bad;
    }
    if (T->u && T->u->kind == TY_STRUCT && to->decl && to->decl->typespec.type->kind == N_STRUCTTYPE) {
        NodeList *fl = &to->decl->typespec.type->structtype.fields;
        for (int q = 0; q < fl->len; q++) {
            Node *fld = fl->items[q];
            for (int r = 0; r < fld->field.names.len; r++)
                if (fld->field.names.items[r]->ident.name == m->name) {
                    Pos fp = fld->field.names.items[r]->pos;
                    errorf(m->pos, "field and method with the same name %s\n\t%s:%d:%d: other declaration of %s", m->name,
                           src_get(fp.file)->path, fp.line, fp.col, m->name);
                    goto bad;
                }
        }
    }
    MethodUndo u = {T, T->methods, T->nmethods};
    vec_push(&s->undo, u);
    int at = T->nmethods;
    for (int k = 0; k < T->nmethods; k++) {
        if (T->methods[k]->name != m->name || m->name[0] == '_') continue;
        Object *o = T->methods[k];
        if (o->cinfo == layer) { /* declared by this input too: a real duplicate */
            errorf(m->pos, "method %s.%s already declared at %s:%d:%d", T->name, m->name, src_get(o->pos.file)->path,
                   o->pos.line, o->pos.col);
            goto bad;
        }
        at = k;
    }
    Object **nm = NEWARR(Object *, T->nmethods + 1);
    if (T->nmethods) memcpy(nm, T->methods, sizeof(Object *) * (size_t)T->nmethods);
    nm[at] = m;
    T->methods = nm;
    if (at == T->nmethods) T->nmethods++;
    vec_push(&s->mtab_dirty, T);
    return;
bad:
    m->type = ty_invalid;
    m->state = 2;
}

/* Hoisted declarations of one input: funcs, methods, types, consts and vars into `layer`
 * (package-level semantics: resolved lazily in dependency order; see init_order for vars). */
/* A package-level object of the session, declared by name node nm in spec/decl d. */
static Object *hoisted_obj(ReplSession *s, ObjKind kind, Node *nm, Node *d, Scope *layer) {
    Object *o = obj_new(kind, nm->ident.name, nm->pos, NULL);
    o->decl = d;
    o->pkg = s->pkg;
    o->state = 0;
    o->cinfo = layer;
    nm->obj = o;
    return o;
}

static void declare_hoisted(ReplSession *s, Checker *c, NodeList *items, Scope *layer, ObjVec *funcs,
                            ObjVec *methods, ObjVec *objs, ObjVec *vars) {
    for (int i = 0; i < items->len; i++) {
        Node *d = decl_of(items->items[i]);
        if (d->kind == N_FUNCDECL) {
            Node *nm = d->funcdecl.name;
            Object *o = hoisted_obj(s, OBJ_FUNC, nm, d, layer);
            vec_push(&s->P->funcs, o);
            if (d->funcdecl.recv) {
                o->ismethod = true;
                vec_push(methods, o);
                continue;
            }
            vec_push(funcs, o);
            if (o->name == intern("init")) {
                /* as in a package: init cannot be referred to; it runs (after the input's
                 * statements, i.e. after the variables of a loaded file are initialized) */
                if (d->funcdecl.type->functype.params.len || d->funcdecl.type->functype.results.len)
                    errorf(nm->pos, "func init must have no arguments and no return values");
                vec_push(&s->inits, o);
                continue;
            }
            scope_declare(c, layer, o);
            continue;
        }
        if (d->kind != N_GENDECL || d->gendecl.tok == DECL_IMPORT) continue;
        Node *prev_const = NULL;
        for (int k = 0; k < d->gendecl.specs.len; k++) {
            Node *sp = d->gendecl.specs.items[k];
            if (d->gendecl.tok == DECL_VAR) {
                for (int j = 0; j < sp->valuespec.names.len; j++) {
                    Object *o = hoisted_obj(s, OBJ_VAR, sp->valuespec.names.items[j], sp, layer);
                    o->index = j;
                    o->global = true;
                    o->used = true;
                    vec_push(objs, o);
                    vec_push(vars, o);
                    vec_push(&s->P->globals, o);
                    scope_declare(c, layer, o);
                }
            } else if (sp->kind == N_TYPESPEC) {
                Object *o = hoisted_obj(s, OBJ_TYPE, sp->typespec.name, sp, layer);
                o->alias = sp->typespec.alias;
                vec_push(objs, o);
                scope_declare(c, layer, o);
            } else if (sp->kind == N_VALUESPEC) {
                if (!sp->valuespec.type && sp->valuespec.values.len == 0) {
                    if (!prev_const) errorf(sp->pos, "missing init expr for const declaration");
                } else {
                    prev_const = sp;
                }
                sp->info = prev_const;
                for (int j = 0; j < sp->valuespec.names.len; j++) {
                    Object *o = hoisted_obj(s, OBJ_CONST, sp->valuespec.names.items[j], sp, layer);
                    o->index = j;
                    vec_push(objs, o);
                    scope_declare(c, layer, o);
                }
            }
        }
    }
}

/* ---- statements ---- */

static FuncInfo *entry_info(ReplSession *s, int n, Source *src) {
    FuncInfo *fi = NEW(FuncInfo);
    StrBuf nb;
    sb_init(&nb);
    sb_printf(&nb, "input%d", n);
    const char *name = intern(sb_cstr(&nb));
    Pos p = {src->index, 1, 1};
    Node *d = ast_new(N_FUNCDECL, p);
    d->funcdecl.name = ast_new(N_IDENT, p);
    d->funcdecl.name->ident.name = name;
    d->funcdecl.type = ast_new(N_FUNCTYPE, p);
    d->funcdecl.body = ast_new(N_BLOCK, p);
    Object *o = obj_new(OBJ_FUNC, name, p, types_func(NULL, 0, NULL, 0, false));
    o->decl = d;
    o->pkg = s->pkg;
    o->fn = fi;
    fi->decl = d;
    fi->sig = o->type;
    fi->depth = 1;
    fi->obj = o;
    sb_init(&nb);
    sb_printf(&nb, "main.%s", name);
    fi->name = sb_cstr(&nb);
    return fi;
}

/* Session variables declared by spec (var spec or x := e): the initializers are checked
 * where the names are not yet visible, then the names go into a new layer. */
static void declare_vars(ReplSession *s, Checker *c, Node *sp) {
    int nn = sp->valuespec.names.len;
    Object **objs = NEWARR(Object *, nn + 1);
    for (int j = 0; j < nn; j++) {
        Node *nm = sp->valuespec.names.items[j];
        Object *o = obj_new(OBJ_VAR, nm->ident.name, nm->pos, NULL);
        o->decl = sp;
        o->pkg = s->pkg;
        o->state = 0;
        o->index = j;
        o->cinfo = s->top;
        o->global = true;
        o->used = true;
        nm->obj = o;
        objs[j] = o;
        vec_push(&s->P->globals, o);
    }
    c->scope = s->top;
    c->fn = NULL;
    for (int j = 0; j < nn; j++) resolve_obj(c, objs[j]);
    Scope *layer = scope_new(s->top, false);
    for (int j = 0; j < nn; j++) scope_declare(c, layer, objs[j]);
    s->top = layer;
    c->scope = s->top;
    c->pkgscope = s->top;
    Item it = {IT_VARS, sp, NULL, NULL, -1};
    vec_push(&s->items, it);
}

static bool is_print_call(Node *x) {
    Node *u = unparen(x);
    if (u->kind != N_CALL) return false;
    Node *f = unparen(u->call.fun);
    if (f->kind != N_SELECTOR || !f->obj || !f->obj->pkg) return false;
    if (strcmp(f->obj->pkg->path, "fmt") != 0) return false;
    return strncmp(f->selector.sel, "Print", 5) == 0 || strncmp(f->selector.sel, "Fprint", 6) == 0;
}

static ReplShow *new_show(ReplSession *s, Checker *c, Type *t, Node *x) {
    ReplShow *sh = NEW(ReplShow);
    sh->type = mem_strdup(tstr(c, t));
    Node *u = unparen(x);
    if (s->labels && u->kind == N_IDENT) sh->label = u->ident.name;
    return sh;
}

/* Check a top-level expression statement in the entry function's context. */
static void check_show(ReplSession *s, Checker *c, Node *st) {
    Node *x = st->exprstmt.x;
    c->fn = s->fi;
    c->scope = scope_new(s->top, true);
    c->decl_obj = NULL;
    check_rawexpr(c, x, NULL, false, true);
    c->fn = NULL;
    c->scope = s->top;
    if (x->mode == MODE_INVALID) return;
    if (x->mode == MODE_NOVALUE) {
        Item it = {IT_VOID, st, NULL, NULL, 0};
        vec_push(&s->items, it);
        return;
    }
    if (x->flags & NF_GENERIC_FUNC) {
        errorf(ast_start_pos(x), "cannot use generic function %s without instantiation", expr_string(x));
        return;
    }
    if (x->type == ty_untyped_nil) {
        errorf(ast_start_pos(x), "use of untyped nil");
        return;
    }
    if (x->type && x->type->kind == TY_TUPLE) {
        Item it = {IT_SHOW, x, NULL, NULL, 0};
        if (is_print_call(x)) it.kind = IT_VOID, it.node = st;
        else {
            it.shows = NEWARR(ReplShow *, x->type->ntuple + 1);
            for (int i = 0; i < x->type->ntuple; i++) it.shows[i] = new_show(s, c, x->type->tuple[i], x);
        }
        vec_push(&s->items, it);
        return;
    }
    if (x->type && is_untyped(x->type)) {
        default_untyped(c, x);
        if (x->mode == MODE_INVALID) return;
    }
    Item it = {IT_SHOW, x, new_show(s, c, x->type, x), NULL, 0};
    vec_push(&s->items, it);
}

/* Any other statement: checked as the only statement of the entry function's body. */
static void check_other(ReplSession *s, Checker *c, Node *st) {
    Node *blk = ast_new(N_BLOCK, st->pos);
    vec_push(&blk->block.stmts, st);
    blk->block.rbrace = st->pos;
    c->scope = scope_new(s->top, true);
    c->decl_obj = NULL;
    check_func_body(c, s->fi, blk);
    c->scope = s->top;
    Item it = {IT_STMT, st, NULL, NULL, 0};
    vec_push(&s->items, it);
}

static void check_statement(ReplSession *s, Checker *c, Node *st) {
    Node *d = decl_of(st);
    if (d->kind == N_FUNCDECL) return;
    if (d->kind == N_GENDECL) return; /* hoisted (types, consts, vars) or imports */
    switch (st->kind) {
    case N_EMPTY: return;
    case N_ASSIGN:
        if (st->assign.op == OP_DEFINE) {
            bool ok = true;
            for (int i = 0; i < st->assign.lhs.len; i++) {
                Node *l = st->assign.lhs.items[i];
                if (l->kind != N_IDENT) {
                    errorf(ast_start_pos(l), "non-name %s on left side of :=", expr_string(l));
                    ok = false;
                }
            }
            if (!ok) return;
            Node *sp = ast_new(N_VALUESPEC, st->assign.lhs.items[0]->pos);
            sp->valuespec.names = st->assign.lhs;
            sp->valuespec.values = st->assign.rhs;
            declare_vars(s, c, sp);
            return;
        }
        break;
    case N_EXPRSTMT: check_show(s, c, st); return;
    default: break;
    }
    check_other(s, c, st);
}

/* ---- code generation ---- */

static void fs_start(FS *fs, Proto *p, FuncInfo *fi) {
    memset(fs, 0, sizeof *fs);
    fs->p = p;
    fs->fi = fi;
    fs->line = p->line;
}

static void mov_words(FS *fs, int dst, int src, int n) {
    if (n == 1) emit(fs, BC_MOV, dst, src, 0);
    else if (n > 1) emit(fs, BC_MOVN, dst, src, n);
}

static void store_global(FS *fs, Object *o, Type *t, int src) {
    int pr = alloc_reg(fs, 1);
    emit_bx(fs, BC_LOADK, pr, (uint32_t)kptr(fs, gen_global_addr(o)));
    gen_store_to_addr(fs, pr, 0, t, src);
}

/* Initialize the variables of a var spec (index >= 0: only that name, as package variable
 * initialization does; -1: all names of the spec). */
static void emit_var_init(FS *fs, Node *sp, int index) {
    int nn = sp->valuespec.names.len, nv = sp->valuespec.values.len;
    int save = fs->freereg;
    set_line(fs, sp);
    if (nv == 0) return;
    if (nv == nn) {
        int from = index >= 0 ? index : 0, to = index >= 0 ? index + 1 : nn;
        int *tmps = NEWARR(int, nn);
        Type **ts = NEWARR(Type *, nn);
        /* all values first: `a, b := b, a` */
        for (int j = from; j < to; j++) {
            Object *o = sp->valuespec.names.items[j]->obj;
            Node *val = sp->valuespec.values.items[j];
            if (!o || strcmp(o->name, "_") == 0) {
                gen_expr(fs, val);
                tmps[j] = -1;
                continue;
            }
            ts[j] = ST(fs, o->type);
            tmps[j] = alloc_reg(fs, W(ts[j]) ? W(ts[j]) : 1);
            gen_conv_to(fs, val, ts[j], tmps[j]);
        }
        for (int j = from; j < to; j++)
            if (tmps[j] >= 0) store_global(fs, sp->valuespec.names.items[j]->obj, ts[j], tmps[j]);
        fs->freereg = save;
        return;
    }
    Node *val = sp->valuespec.values.items[0];
    Type **parts = NEWARR(Type *, nn);
    int rb;
    if (val->flags & NF_HASOK) {
        Type *vt = ST(fs, val->type);
        parts[0] = vt;
        parts[1] = ty_bool;
        rb = alloc_reg(fs, W(vt) + 1);
        gen_expr_to(fs, val, rb);
    } else {
        Type *tt = etype(fs, val);
        int tw = 0;
        for (int k = 0; k < nn; k++) {
            parts[k] = ST(fs, tt->tuple[k]);
            tw += W(parts[k]);
        }
        int r = gen_call(fs, val);
        rb = alloc_reg(fs, tw ? tw : 1);
        mov_words(fs, rb, r, tw);
    }
    int off = 0;
    for (int k = 0; k < nn; k++) {
        Object *o = sp->valuespec.names.items[k]->obj;
        if (o && strcmp(o->name, "_") != 0) {
            Type *t = ST(fs, o->type);
            int r = rb + off;
            if (t != parts[k]) {
                r = alloc_reg(fs, W(t) ? W(t) : 1);
                gen_convert_regs(fs, rb + off, parts[k], t, r);
            }
            store_global(fs, o, t, r);
        }
        off += W(parts[k]);
    }
    fs->freereg = save;
}

static void emit_show_call(ReplSession *s, FS *fs, int r, ReplShow *sh) {
    emit_bx(fs, BC_LOADK, r + 2, (uint32_t)kptr(fs, sh));
    emit_bx(fs, BC_CALLK, r, (uint32_t)kptr(fs, s->show_proto));
}

static void emit_show(ReplSession *s, FS *fs, Item *it) {
    Node *x = it->node;
    int save = fs->freereg;
    set_line(fs, x);
    if (x->type->kind == TY_TUPLE) {
        Type *tt = etype(fs, x);
        int n = tt->ntuple, tw = 0;
        Type **parts = NEWARR(Type *, n);
        for (int i = 0; i < n; i++) {
            parts[i] = ST(fs, tt->tuple[i]);
            tw += W(parts[i]);
        }
        int base = gen_call(fs, x);
        int tmp = alloc_reg(fs, tw ? tw : 1);
        mov_words(fs, tmp, base, tw);
        int off = 0;
        for (int i = 0; i < n; i++) {
            int r = alloc_reg(fs, 3);
            gen_convert_regs(fs, tmp + off, parts[i], ty_any, r);
            emit_show_call(s, fs, r, it->shows[i]);
            off += W(parts[i]);
        }
    } else {
        int r = alloc_reg(fs, 3);
        gen_conv_to(fs, x, ty_any, r);
        emit_show_call(s, fs, r, it->show);
    }
    fs->freereg = save;
}

/* The input's statements as a function of no arguments (gen_function_body's frame and
 * epilogue, with the REPL's own items). */
static Proto *compile_body(ReplSession *s, Source *src) {
    FuncInfo *fi = s->fi;
    Proto *p = NEW(Proto);
    p->name = fi->name;
    p->file = src->index;
    p->line = 1;
    FS fs;
    fs_start(&fs, p, fi);
    fs.sig = fi->sig;
    p->nargs = 0;
    p->nresults = 0;
    fs.use_resvars = fi->has_defer;
    p->has_defer = fi->has_defer;
    alloc_reg(&fs, 1);
    for (int i = 0; i < s->items.len; i++) {
        Item *it = &s->items.items[i];
        switch (it->kind) {
        case IT_VARS: emit_var_init(&fs, it->node, it->index); break;
        case IT_SHOW: emit_show(s, &fs, it); break;
        case IT_VOID:
        case IT_STMT: gen_stmt(&fs, it->node); break;
        }
    }
    for (int i = 0; i < s->inits.len; i++) {
        Proto *ip = gen_proto_for(s->inits.items[i], NULL, 0);
        emit_bx(&fs, BC_CALLK, fs.freereg, (uint32_t)kptr(&fs, ip));
    }
    if (fs.use_resvars) {
        vec_push(&fs.retjumps, emit_jump(&fs, BC_JMP, 0));
        int epi = here(&fs);
        fs.recover_pc = epi;
        for (int i = 0; i < fs.retjumps.len; i++) patch_jump(&fs, fs.retjumps.items[i], epi);
        emit(&fs, BC_RUNDEFER, 0, 0, 0);
        emit(&fs, BC_RET, 0, 0, 0);
        p->recover_pc = (uint32_t)epi;
    } else {
        emit(&fs, BC_RET, 0, 0, 0);
    }
    fs_finish(&fs);
    return p;
}

/* Package variable initialization of P, in the checker's order (compile_var_init). */
static Proto *compile_pkg_init(Package *P) {
    if (!P->init_order.len) return NULL;
    StrBuf nb;
    sb_init(&nb);
    sb_printf(&nb, "%s.init", P->pkg->name);
    Proto *p = NEW(Proto);
    p->name = sb_cstr(&nb);
    FS fs;
    fs_start(&fs, p, NULL);
    FuncInfo *fi = NEW(FuncInfo);
    fi->name = p->name;
    fi->depth = 1;
    fs.fi = fi;
    for (int i = 0; i < P->init_order.len; i++) emit_var_init(&fs, P->init_order.items[i].spec, P->init_order.items[i].index);
    emit(&fs, BC_RET, 0, 0, 0);
    fs_finish(&fs);
    return p;
}

/* runtime.main for one input: initialize the packages imported since the last input, then
 * run the body. NULL when there is nothing to do. */
static Closure *compile_entry(ReplSession *s, Proto *body) {
    Proto *p = NEW(Proto);
    p->name = "runtime.main";
    FS fs;
    fs_start(&fs, p, NULL);
    int base = alloc_reg(&fs, 1);
    bool any = body != NULL;
    int npk;
    Package **pkgs = check_all_packages(&npk);
    for (int i = s->npkg_init; i < npk; i++) {
        Proto *vi = compile_pkg_init(pkgs[i]);
        if (vi) emit_bx(&fs, BC_CALLK, base, (uint32_t)kptr(&fs, vi)), any = true;
        for (int k = 0; k < pkgs[i]->inits.len; k++) {
            Proto *ip = gen_proto_for(pkgs[i]->inits.items[k], NULL, 0);
            emit_bx(&fs, BC_CALLK, base, (uint32_t)kptr(&fs, ip));
            any = true;
        }
    }
    s->npkg_init = npk;
    if (body) emit_bx(&fs, BC_CALLK, base, (uint32_t)kptr(&fs, body));
    emit(&fs, BC_RET, 0, 0, 0);
    fs_finish(&fs);
    gen_compile_pending();
    return any ? vm_static_closure(p) : NULL;
}

/* Method sets that changed: rebuild the run-time tables of types that had one. */
static void rebuild_mtabs(ReplSession *s) {
    for (int i = 0; i < s->mtab_dirty.len; i++) {
        Type *t = s->mtab_dirty.items[i];
        Type *pt = types_pointer(t);
        if (!t->mtab && !pt->mtab) continue;
        t->mtab = NULL;
        pt->mtab = NULL;
        gen_ensure_mtab(t);
    }
    gen_compile_pending();
}

/* ---- initialization order of hoisted variables (check.c's compute_init_order) ---- */

static bool in_vec(ObjVec *v, Object *o) {
    for (int i = 0; i < v->len; i++)
        if (v->items[i] == o) return true;
    return false;
}

/* Does o depend (directly or through functions) on a variable of `pending`? */
static bool depends_on_pending(Object *o, ObjVec *pending, ObjVec *stack) {
    Object **deps;
    int n = check_obj_deps(o, &deps);
    for (int i = 0; i < n; i++) {
        Object *x = deps[i];
        if (x->kind == OBJ_VAR && in_vec(pending, x)) return true;
        if (x->kind == OBJ_FUNC && !in_vec(stack, x) && stack->len < 64) {
            vec_push(stack, x);
            bool r = depends_on_pending(x, pending, stack);
            stack->len--;
            if (r) return true;
        }
    }
    return false;
}

/* Items initializing the input's package-level variables, in Go's order: repeatedly the
 * first in declaration order that depends on no uninitialized variable. Variables of earlier
 * inputs are initialized already. */
static void init_order(ReplSession *s, ObjVec *vars) {
    VEC(Item) ents = {0};
    ObjVec reps = {0};
    ObjVec pending = {0};
    for (int i = 0; i < vars->len; i++) {
        Object *o = vars->items[i];
        Node *sp = o->decl;
        int nv = sp->valuespec.values.len, nn = sp->valuespec.names.len;
        if (nv == 0) continue;
        vec_push(&pending, o);
        if (nv == 1 && nn > 1 && o->index != 0) continue;
        Item it = {IT_VARS, sp, NULL, NULL, nv == 1 && nn > 1 ? -1 : o->index};
        vec_push(&ents, it);
        vec_push(&reps, o);
    }
    bool *done = NEWARR(bool, ents.len + 1);
    ObjVec stack = {0};
    for (int round = 0; round < ents.len; round++) {
        int pick = -1;
        for (int i = 0; i < ents.len && pick < 0; i++) {
            if (done[i]) continue;
            Item *e = &ents.items[i];
            bool blocked = false;
            if (e->index < 0) {
                for (int k = 0; k < e->node->valuespec.names.len && !blocked; k++) {
                    Object *o = e->node->valuespec.names.items[k]->obj;
                    if (o) blocked = depends_on_pending(o, &pending, &stack);
                }
            } else {
                blocked = depends_on_pending(reps.items[i], &pending, &stack);
            }
            if (!blocked) pick = i;
        }
        if (pick < 0) {
            for (int i = 0; i < ents.len; i++)
                if (!done[i]) {
                    errorf(reps.items[i]->pos, "initialization cycle or initialization loop involving %s", reps.items[i]->name);
                    break;
                }
            return;
        }
        done[pick] = true;
        Item *e = &ents.items[pick];
        vec_push(&s->items, *e);
        /* the variables it initializes are no longer pending */
        int n = 0;
        for (int k = 0; k < pending.len; k++) {
            Object *o = pending.items[k];
            bool now = o->decl == e->node && (e->index < 0 || o->index == e->index);
            if (!now) pending.items[n++] = o;
        }
        pending.len = n;
    }
}

/* ---- one input ---- */

/* `outer:` at the end: the labeled statement follows on the next line. */
static bool ends_with_label(TokVec *t) {
    int i = t->len - 1;
    while (i >= 0 && t->items[i].code == TK_SEMICOLON) i--;
    return i >= 1 && t->items[i].code == TK_COLON && t->items[i - 1].code == TK_IDENT;
}

ReplStatus rs_compile(ReplSession *s, const char *text, size_t len, const char *path, int flags, Closure **entry) {
    *entry = NULL;
    s->labels = (flags & RS_LABELS) != 0;
    diag_reset();
    ensure_scopes(s);
    TokVec toks = scan(text, len);
    if (!(flags & RS_FINAL) && ends_with_label(&toks)) return RS_INCOMPLETE;
    bool incomplete;
    Node *f = parse_input(path, text, len, &toks, &incomplete);
    if (!f) {
        if (incomplete && !(flags & RS_FINAL)) {
            diag_reset();
            return RS_INCOMPLETE;
        }
        if (!diag_count()) errorf((Pos){0, 1, 1}, "syntax error");
        return RS_ERROR;
    }
    Scope *saved_top = s->top;
    s->items.len = 0;
    s->inits.len = 0;
    s->undo.len = 0;
    s->mtab_dirty.len = 0;
    int ntypes_before = s->P->named_types.len;
    Checker *c = begin(s);
    Source *src = f->file.src ? f->file.src : src_get(f->pos.file);
    s->fi = entry_info(s, s->ninputs + 1, src);

    /* imports: declared ones, then standard packages used without one */
    for (int i = 0; i < f->file.imports.len; i++) {
        Node *im = f->file.imports.items[i];
        Pos ppos = im->import.pathlit ? im->import.pathlit->pos : im->pos;
        import_package(s, c, im->import.path, im->import.name ? im->import.name->ident.name : NULL, ppos, im);
    }
    auto_import(s, c, &toks);

    /* hoisted declarations */
    NodeList *items = &f->file.decls;
    ObjVec funcs = {0};
    ObjVec methods = {0};
    ObjVec objs = {0};
    ObjVec vars = {0};
    Scope *layer = scope_new(s->top, false);
    declare_hoisted(s, c, items, layer, &funcs, &methods, &objs, &vars);
    if (funcs.len || methods.len || objs.len) {
        s->top = layer;
        c = begin(s);
        for (int i = 0; i < methods.len; i++) attach_method(s, c, methods.items[i], layer);
        for (int i = 0; i < objs.len; i++) resolve_obj(c, objs.items[i]);
        for (int i = 0; i < funcs.len; i++) resolve_obj(c, funcs.items[i]);
        for (int i = 0; i < methods.len; i++) resolve_obj(c, methods.items[i]);
        int nt = s->P->named_types.len - ntypes_before;
        check_type_cycles(c, s->P->named_types.items + ntypes_before, nt);
        for (int i = ntypes_before; i < s->P->named_types.len; i++) types_layout(s->P->named_types.items[i]);
        ObjVec all = {0};
        for (int i = 0; i < funcs.len; i++) vec_push(&all, funcs.items[i]);
        for (int i = 0; i < methods.len; i++) vec_push(&all, methods.items[i]);
        for (int i = 0; i < all.len; i++) {
            Object *fo = all.items[i];
            if (fo->state != 2) resolve_obj(c, fo);
            if (!fo->fn || fo->type == ty_invalid) continue;
            Node *d = fo->decl;
            if (!d->funcdecl.body) {
                errorf(d->funcdecl.name->pos, "missing function body");
                continue;
            }
            c->scope = (Scope *)d->info;
            c->fn = NULL;
            c->decl_obj = fo;
            check_func_body(c, fo->fn, d->funcdecl.body);
            c->decl_obj = NULL;
            c->scope = s->top;
        }
        if (vars.len) init_order(s, &vars);
    }

    /* statements, in order */
    for (int i = 0; i < items->len; i++) {
        c = begin(s);
        check_statement(s, c, items->items[i]);
    }
    cur_checker = NULL;

    if (diag_count()) {
        /* undo: the input declared nothing */
        s->top = saved_top;
        for (int i = s->undo.len - 1; i >= 0; i--) {
            s->undo.items[i].t->methods = s->undo.items[i].methods;
            s->undo.items[i].t->nmethods = s->undo.items[i].nmethods;
        }
        return RS_ERROR;
    }
    s->ninputs++;
    Proto *body = NULL;
    if (s->items.len || s->inits.len) {
        body = compile_body(s, src);
        gen_compile_pending();
    }
    rebuild_mtabs(s);
    vec_push(&s->inputs, body);
    if (body) s->last_input = body;
    *entry = compile_entry(s, body);
    if (diag_count()) {
        *entry = NULL;
        return RS_ERROR;
    }
    return RS_OK;
}

/* ---- :type ---- */

const char *rs_type_of(ReplSession *s, const char *text, size_t len) {
    diag_reset();
    ensure_scopes(s);
    TokVec toks = scan(text, len);
    Source *src = src_add("repl", text, len);
    bool inc;
    Node *f = parse_repl_input(src, &inc);
    if (!f) {
        if (!diag_count()) errorf((Pos){src->index, 1, 1}, "syntax error: incomplete expression");
        return NULL;
    }
    if (f->file.decls.len != 1 || f->file.decls.items[0]->kind != N_EXPRSTMT) {
        errorf((Pos){src->index, 1, 1}, ":type wants one expression");
        return NULL;
    }
    Checker *c = begin(s);
    auto_import(s, c, &toks);
    Node *x = f->file.decls.items[0]->exprstmt.x;
    FuncInfo *fi = entry_info(s, 0, src);
    c->fn = fi;
    c->scope = scope_new(s->top, true);
    check_rawexpr(c, x, NULL, true, true);
    c->fn = NULL;
    cur_checker = NULL;
    if (diag_count() || x->mode == MODE_INVALID) return NULL;
    StrBuf b;
    sb_init(&b);
    switch (x->mode) {
    case MODE_TYPEEXPR: sb_printf(&b, "type %s", tstr(c, x->type)); break;
    case MODE_NOVALUE: sb_puts(&b, "no value"); break;
    case MODE_BUILTIN: sb_puts(&b, "built-in function"); break;
    case MODE_PKG: sb_puts(&b, "package"); break;
    default:
        if (x->type->kind == TY_TUPLE) {
            sb_putc(&b, '(');
            for (int i = 0; i < x->type->ntuple; i++) sb_printf(&b, "%s%s", i ? ", " : "", tstr(c, x->type->tuple[i]));
            sb_putc(&b, ')');
        } else if (x->mode == MODE_CONST && x->cval) {
            /* as types2 describes constants: untyped int constant 8, int constant 3 */
            sb_printf(&b, "%s constant %s", tstr(c, x->type), cv_string_repr(x->cval));
        } else {
            sb_puts(&b, tstr(c, x->type));
        }
    }
    return sb_cstr(&b);
}

/* ---- :vars ---- */

static int name_cmp(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

const char *rs_vars_input(ReplSession *s) {
    ensure_scopes(s);
    VEC(const char *) names = {0};
    for (Scope *sc = s->top; sc && sc != s->imports; sc = sc->parent) {
        for (int i = 0; i < sc->objs.len; i++) {
            Object *o = sc->objs.items[i];
            if (o->kind != OBJ_VAR || !o->global || strcmp(o->name, "_") == 0) continue;
            if (scope_lookup(s->top, o->name, NULL) != o) continue; /* shadowed */
            bool have = false;
            for (int k = 0; k < names.len && !have; k++) have = names.items[k] == o->name;
            if (!have) vec_push(&names, o->name);
        }
    }
    if (!names.len) return NULL;
    qsort(names.items, (size_t)names.len, sizeof(char *), name_cmp);
    StrBuf b;
    sb_init(&b);
    for (int i = 0; i < names.len; i++) sb_printf(&b, "%s\n", names.items[i]);
    return sb_cstr(&b);
}

void rs_reset(ReplSession *s) {
    ensure_scopes(s);
    s->imports = scope_new(universe, false);
    s->top = s->imports;
    s->pkg->scope = s->imports;
}

/* ---- completion ---- */

static const char *const keywords[] = {
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go",
    "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type",
    "var", NULL,
};

static void add_match(NameVec *v, const char *pre, const char *name, const char *prefix) {
    if (strncmp(name, prefix, strlen(prefix)) != 0) return;
    if (strcmp(name, "_") == 0) return;
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "%s%s", pre, name);
    vec_push(v, sb_cstr(&b));
}

static void members_of_type(NameVec *v, const char *pre, Type *t, const char *prefix, int depth) {
    if (!t || depth > 3) return;
    if (t->kind == TY_POINTER) t = t->elem;
    if (t->kind == TY_NAMED) {
        Type *mt = t->orig ? t->orig : t;
        for (int i = 0; i < mt->nmethods; i++) add_match(v, pre, mt->methods[i]->name, prefix);
    }
    Type *u = t->u;
    if (!u) return;
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->nfields; i++) {
            add_match(v, pre, u->fields[i].name, prefix);
            if (u->fields[i].embedded) members_of_type(v, pre, u->fields[i].type, prefix, depth + 1);
        }
    } else if (u->kind == TY_INTERFACE) {
        for (int i = 0; i < u->nimethods; i++) add_match(v, pre, u->imethods[i].name, prefix);
    }
}

const char **rs_complete(ReplSession *s, const char *prefix) {
    ensure_scopes(s);
    NameVec v = {0};
    const char *dot = strrchr(prefix, '.');
    if (dot) {
        size_t ln = (size_t)(dot - prefix);
        const char *left = mem_strndup(prefix, ln);
        const char *right = dot + 1;
        StrBuf pre;
        sb_init(&pre);
        sb_put(&pre, prefix, ln + 1);
        bool ident = ln > 0;
        for (size_t i = 0; i < ln; i++)
            if (!(left[i] == '_' || (left[i] >= 'a' && left[i] <= 'z') || (left[i] >= 'A' && left[i] <= 'Z') ||
                  (left[i] >= '0' && left[i] <= '9') || (unsigned char)left[i] >= 0x80))
                ident = false;
        if (ident) {
            Object *o = scope_lookup(s->top, intern(left), NULL);
            Pkg *pk = NULL;
            if (o && o->kind == OBJ_PKGNAME) pk = o->imported;
            else if (!o && std_package_path(left)) {
                bool found;
                int before = diag_count();
                Package *ip = check_import(std_package_path(left), (Pos){0}, &found);
                if (diag_count() > before) diag_reset();
                if (ip) pk = ip->pkg;
            }
            if (pk && pk->scope) {
                Scope *ps = pk->scope;
                for (int i = 0; i < ps->objs.len; i++) {
                    Object *m = ps->objs.items[i];
                    if (m->name[0] >= 'A' && m->name[0] <= 'Z') add_match(&v, sb_cstr(&pre), m->name, right);
                }
            } else if (o && (o->kind == OBJ_VAR || o->kind == OBJ_CONST || o->kind == OBJ_TYPE)) {
                members_of_type(&v, sb_cstr(&pre), o->type, right, 0);
                if (o->kind == OBJ_TYPE && o->type && o->type->kind == TY_NAMED) {
                    /* method expressions of *T too */
                }
            }
        }
    } else {
        for (Scope *sc = s->top; sc; sc = sc->parent)
            for (int i = 0; i < sc->objs.len; i++) add_match(&v, "", sc->objs.items[i]->name, prefix);
        for (int i = 0; keywords[i]; i++) add_match(&v, "", keywords[i], prefix);
        NameVec pk = {0};
        std_package_names(&pk);
        for (int i = 0; i < pk.len; i++) add_match(&v, "", pk.items[i], prefix);
    }
    qsort(v.items, (size_t)v.len, sizeof(char *), name_cmp);
    int n = 0;
    for (int i = 0; i < v.len; i++)
        if (n == 0 || strcmp(v.items[n - 1], v.items[i]) != 0) v.items[n++] = v.items[i];
    const char **out = NEWARR(const char *, n + 1);
    for (int i = 0; i < n; i++) out[i] = v.items[i];
    out[n] = NULL;
    return out;
}

/* ---- :bytecode ---- */

Proto *rs_find_proto(ReplSession *s, const char *name) {
    ensure_scopes(s);
    if (strncmp(name, "input", 5) == 0 && name[5]) {
        int n = atoi(name + 5);
        if (n >= 1 && n <= s->inputs.len) return s->inputs.items[n - 1];
    }
    const char *dot = strchr(name, '.');
    Object *o;
    if (dot) {
        const char *tn = name;
        if (tn[0] == '(' && tn[1] == '*') tn += 2;
        size_t tl = (size_t)(dot - tn);
        if (tl && tn[tl - 1] == ')') tl--;
        Object *to = scope_lookup(s->top, intern(mem_strndup(tn, tl)), NULL);
        if (!to || to->kind != OBJ_TYPE || !to->type || to->type->kind != TY_NAMED) return NULL;
        o = NULL;
        for (int i = 0; i < to->type->nmethods; i++)
            if (strcmp(to->type->methods[i]->name, dot + 1) == 0) o = to->type->methods[i];
    } else {
        o = scope_lookup(s->top, intern(name), NULL);
    }
    if (!o || o->kind != OBJ_FUNC || o->ntparams || !o->fn || o->type == ty_invalid) return NULL;
    if (o->recv && o->recv->kind == TY_NAMED && o->recv->ntparams) return NULL;
    Proto *p = gen_proto_for(o, NULL, 0);
    gen_compile_pending();
    return p;
}

Proto *rs_last_input(ReplSession *s) { return s->last_input; }
