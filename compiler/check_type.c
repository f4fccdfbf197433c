/* check_type.c — type expressions, generic instantiation and substitution, field/method lookup,
 * method sets, assignability, convertibility, interface satisfaction and constraints.
 *
 * Invariant: types returned by check_typexpr are canonical (hash-consed or unique named), never
 * NULL (ty_invalid after an error), and their layout is computed lazily by types_layout.
 */
#include <stdlib.h>
#include "check_internal.h"

const char *tstr(Checker *c, Type *t) { return type_string(t, c ? c->pkg : NULL); }

bool is_typeparam(Type *t) { return t && t->kind == TY_TYPEPARAM; }

static Type *instantiate_pending_list[1]; /* silence unused warnings in some builds */

/* ---- type parameters ---- */

void check_declare_tparams(Checker *c, NodeList *tparams, Object ***out, int *nout, Scope *sc) {
    int n = 0;
    for (int i = 0; i < tparams->len; i++) n += tparams->items[i]->field.names.len;
    Object **objs = NEWARR(Object *, n ? n : 1);
    int k = 0;
    /* declare all names first: constraints may refer to any of them */
    for (int i = 0; i < tparams->len; i++) {
        Node *f = tparams->items[i];
        for (int j = 0; j < f->field.names.len; j++) {
            Node *nm = f->field.names.items[j];
            Type *tp = NEW(Type);
            tp->kind = TY_TYPEPARAM;
            tp->u = tp;
            tp->name = nm->ident.name;
            tp->tpindex = k;
            tp->flags = TF_HASTPARAM;
            tp->id = (uint32_t)(0x40000000u + (uintptr_t)tp % 0x3fffffffu);
            types_layout(tp);
            Object *o = obj_new(OBJ_TYPE, nm->ident.name, nm->pos, tp);
            o->state = 2;
            o->pkg = c->pkg;
            o->used = true;
            tp->obj = o;
            nm->obj = o;
            scope_declare(c, sc, o);
            objs[k++] = o;
        }
    }
    k = 0;
    for (int i = 0; i < tparams->len; i++) {
        Node *f = tparams->items[i];
        Type *ct = NULL;
        Node *cn = f->field.type;
        if (cn) {
            /* an inline constraint like `int | float64` or `~int` is an implicit interface */
            if ((cn->kind == N_BINARY && cn->binary.op == OP_OR) || (cn->kind == N_UNARY && cn->unary.op == OP_TILDE)) {
                Node *fake = ast_new(N_INTERFACETYPE, cn->pos);
                Node *fld = ast_new(N_FIELD, cn->pos);
                fld->field.type = cn;
                vec_push(&fake->ifacetype.elems, fld);
                ct = check_typexpr(c, fake);
            } else {
                ct = check_typexpr_generic_ok(c, cn, false);
                if (ct != ty_invalid && !type_is_interface(ct)) {
                    /* a non-interface constraint T is the set {T} */
                    Type *embeds[1] = {ct};
                    ct = types_interface(NULL, 0, embeds, 1);
                    ct->terms = NEWARR(TypeTerm, 1);
                    ct->terms[0].type = embeds[0];
                    ct->nterms = 1;
                }
            }
        }
        for (int j = 0; j < f->field.names.len; j++) {
            objs[k]->typenode = cn;
            objs[k++]->type->constraint = ct ? ct : ty_any;
        }
    }
    *out = objs;
    *nout = n;
}

/* ---- substitution ---- */

Type *check_subst(Type *t, Object **tparams, Type **targs, int n) {
    if (!t || n == 0) return t;
    if (!(t->flags & (TF_HASTPARAM | TF_GENERIC))) return t;
    switch (t->kind) {
    case TY_TYPEPARAM:
        for (int i = 0; i < n; i++)
            if (tparams[i]->type == t) return targs[i];
        return t;
    case TY_POINTER: return types_pointer(check_subst(t->elem, tparams, targs, n));
    case TY_SLICE: return types_slice(check_subst(t->elem, tparams, targs, n));
    case TY_ARRAY: return types_array(check_subst(t->elem, tparams, targs, n), t->len);
    case TY_MAP: return types_map(check_subst(t->key, tparams, targs, n), check_subst(t->elem, tparams, targs, n));
    case TY_CHAN: return types_chan(t->dir, check_subst(t->elem, tparams, targs, n));
    case TY_FUNC: {
        Type **ps = NEWARR(Type *, t->nparams + 1), **rs = NEWARR(Type *, t->nresults + 1);
        for (int i = 0; i < t->nparams; i++) ps[i] = check_subst(t->params[i], tparams, targs, n);
        for (int i = 0; i < t->nresults; i++) rs[i] = check_subst(t->results[i], tparams, targs, n);
        return types_func(ps, t->nparams, rs, t->nresults, t->variadic);
    }
    case TY_TUPLE: {
        Type **ts = NEWARR(Type *, t->ntuple + 1);
        for (int i = 0; i < t->ntuple; i++) ts[i] = check_subst(t->tuple[i], tparams, targs, n);
        return types_tuple(ts, t->ntuple);
    }
    case TY_STRUCT: {
        Field *fs = NEWARR(Field, t->nfields + 1);
        for (int i = 0; i < t->nfields; i++) {
            fs[i] = t->fields[i];
            fs[i].type = check_subst(t->fields[i].type, tparams, targs, n);
        }
        Type *r = types_struct(fs, t->nfields);
        types_layout(r);
        return r;
    }
    case TY_INTERFACE: {
        IMethod *ms = NEWARR(IMethod, t->nimethods + 1);
        for (int i = 0; i < t->nimethods; i++) {
            ms[i] = t->imethods[i];
            ms[i].sig = check_subst(t->imethods[i].sig, tparams, targs, n);
        }
        if (t->flags & TF_CONSTRAINT) {
            Type *r = NEW(Type);
            *r = *t;
            r->u = r;
            r->imethods = ms;
            r->terms = NEWARR(TypeTerm, t->nterms + 1);
            for (int i = 0; i < t->nterms; i++) {
                r->terms[i] = t->terms[i];
                r->terms[i].type = check_subst(t->terms[i].type, tparams, targs, n);
            }
            r->flags &= ~(uint32_t)TF_HASTPARAM;
            return r;
        }
        return types_interface(ms, t->nimethods, NULL, 0);
    }
    case TY_NAMED: {
        if (t->flags & TF_GENERIC) {
            /* the generic type used with its own parameters (inside its methods) */
            Type **ta = NEWARR(Type *, t->ntparams + 1);
            bool changed = false;
            for (int i = 0; i < t->ntparams; i++) {
                ta[i] = check_subst(t->tparams[i]->type, tparams, targs, n);
                if (ta[i] != t->tparams[i]->type) changed = true;
            }
            return changed ? check_instantiate_named(t, ta, t->ntparams, (Pos){0}) : t;
        }
        if (t->orig) {
            Type **ta = NEWARR(Type *, t->ntargs + 1);
            bool changed = false;
            for (int i = 0; i < t->ntargs; i++) {
                ta[i] = check_subst(t->targs[i], tparams, targs, n);
                if (ta[i] != t->targs[i]) changed = true;
            }
            return changed ? check_instantiate_named(t->orig, ta, t->ntargs, (Pos){0}) : t;
        }
        return t;
    }
    default:
        return t;
    }
}

typedef struct Instances {
    Type *generic;
    VEC(Type *) list;
} Instances;
static VEC(Instances *) all_instances;
static VEC(Type *) pending_instances;

static void complete_instance(Type *inst) {
    Type *g = inst->orig;
    if (!g->u || (inst->flags & TF_INSTANTIATING)) return;
    inst->flags |= TF_INSTANTIATING;
    Type *u = check_subst(g->u, g->tparams, inst->targs, inst->ntargs);
    inst->flags &= ~(uint32_t)TF_INSTANTIATING;
    types_set_underlying(inst, u);
    if (u->flags & TF_HASTPARAM) inst->flags |= TF_HASTPARAM;
}

Type *check_instantiate_named(Type *generic, Type **targs, int n, Pos pos) {
    (void)pos;
    bool same = n == generic->ntparams;
    for (int i = 0; i < n && same; i++)
        if (targs[i] != generic->tparams[i]->type) same = false;
    if (same) return generic;
    Instances *in = NULL;
    for (int i = 0; i < all_instances.len; i++)
        if (all_instances.items[i]->generic == generic) { in = all_instances.items[i]; break; }
    if (!in) {
        in = NEW(Instances);
        in->generic = generic;
        vec_push(&all_instances, in);
    }
    for (int i = 0; i < in->list.len; i++) {
        Type *t = in->list.items[i];
        bool eq = true;
        for (int k = 0; k < n && eq; k++)
            if (t->targs[k] != targs[k]) eq = false;
        if (eq) {
            if (!t->u) complete_instance(t);
            return t;
        }
    }
    Type *t = types_named(generic->name, generic->pkg, generic->obj);
    t->orig = generic;
    t->targs = NEWARR(Type *, n);
    memcpy(t->targs, targs, sizeof(Type *) * (size_t)n);
    t->ntargs = n;
    t->methods = generic->methods;
    t->nmethods = generic->nmethods;
    for (int i = 0; i < n; i++)
        if (targs[i]->flags & (TF_HASTPARAM | TF_GENERIC)) t->flags |= TF_HASTPARAM;
    vec_push(&in->list, t);
    if (generic->u) complete_instance(t);
    else vec_push(&pending_instances, t);
    return t;
}

/* Methods are attached to generic types after instances may have been created. */
static void refresh_instance_methods(Type *t) {
    if (t->orig && t->nmethods != t->orig->nmethods) {
        t->methods = t->orig->methods;
        t->nmethods = t->orig->nmethods;
    }
    if (t->orig && !t->u) complete_instance(t);
}

/* ---- type expressions ---- */

static Type *ident_type(Checker *c, Node *n, bool allow_generic) {
    Object *o = scope_lookup(c->scope, n->ident.name, NULL);
    if (!o) {
        if (strcmp(n->ident.name, "_") == 0) errorf(n->pos, "cannot use _ as value or type");
        else errorf(n->pos, "undefined: %s", n->ident.name);
        return ty_invalid;
    }
    n->obj = o;
    o->used = true;
    if (o->kind != OBJ_TYPE) {
        if (o->kind == OBJ_PKGNAME) errorf(n->pos, "use of package %s without selector", o->name);
        else errorf(n->pos, "%s is not a type", n->ident.name);
        return ty_invalid;
    }
    resolve_obj(c, o);
    Type *t = o->type;
    if (!t) {
        /* the declaration is in progress: a recursive reference */
        errorf(n->pos, "invalid recursive type %s", o->name);
        return ty_invalid;
    }
    if (t->kind == TY_COMPLEX64 || t->kind == TY_COMPLEX128) {
        errorf(n->pos, "goro: unsupported: complex numbers");
        return ty_invalid;
    }
    if ((t->flags & TF_GENERIC) && !allow_generic) {
        StrBuf b;
        sb_init(&b);
        sb_puts(&b, o->name);
        sb_putc(&b, '[');
        for (int i = 0; i < t->ntparams; i++) {
            if (i) sb_puts(&b, ", ");
            Node *cn = t->tparams[i]->typenode;
            sb_printf(&b, "%s %s", t->tparams[i]->name, cn ? expr_string(cn) : tstr(c, t->tparams[i]->type->constraint));
        }
        sb_putc(&b, ']');
        errorf(n->pos, "cannot use generic type %s without instantiation", sb_cstr(&b));
        return ty_invalid;
    }
    if (t->kind == TY_NAMED && !t->u && o->state == 1) {
        /* recursive use in its own declaration is fine (e.g. via pointer); layout later */
    }
    return t;
}

static Type *check_interface(Checker *c, Node *n);
static Type *check_struct(Checker *c, Node *n);

/* Type expressions nest through here; prefix chains (`***T`, `[][]T`, `chan chan T`) are
 * bounded only by lemon's stack, so beyond CHECK_MAX_TYPE_DEPTH levels a type is a compile
 * error, not a C stack overflow (as CHECK_MAX_EXPR_DEPTH in check_expr.c). */
#define CHECK_MAX_TYPE_DEPTH 2000
static int typexpr_depth;
static bool typexpr_too_deep; /* reported once per outermost type */
static Type *check_typexpr_1(Checker *c, Node *n, bool allow_generic);

Type *check_typexpr_generic_ok(Checker *c, Node *n, bool allow_generic) {
    if (!n) return ty_invalid;
    if (typexpr_depth >= CHECK_MAX_TYPE_DEPTH) {
        if (!typexpr_too_deep) errorf(n->pos, "goro: type nesting too deep (limit %d)", CHECK_MAX_TYPE_DEPTH);
        typexpr_too_deep = true;
        return ty_invalid;
    }
    typexpr_depth++;
    Type *t = check_typexpr_1(c, n, allow_generic);
    if (--typexpr_depth == 0) typexpr_too_deep = false;
    return t;
}

static Type *check_typexpr_1(Checker *c, Node *n, bool allow_generic) {
    Type *t = ty_invalid;
    switch (n->kind) {
    case N_IDENT:
        t = ident_type(c, n, allow_generic);
        break;
    case N_PAREN:
        t = check_typexpr_generic_ok(c, n->paren.x, allow_generic);
        break;
    case N_SELECTOR: {
        Node *x = n->selector.x;
        if (x->kind == N_IDENT) {
            Object *o = scope_lookup(c->scope, x->ident.name, NULL);
            if (o && o->kind == OBJ_PKGNAME) {
                o->used = true;
                x->obj = o;
                x->mode = MODE_PKG;
                Object *m = scope_lookup_local(o->imported->scope, intern(n->selector.sel));
                if (!m || !(n->selector.sel[0] >= 'A' && n->selector.sel[0] <= 'Z')) {
                    errorf(n->selector.selpos, "undefined: %s.%s", x->ident.name, n->selector.sel);
                    return n->type = ty_invalid;
                }
                if (m->kind != OBJ_TYPE) {
                    errorf(n->selector.selpos, "%s.%s is not a type", x->ident.name, n->selector.sel);
                    return n->type = ty_invalid;
                }
                n->obj = m;
                t = m->type;
                if ((t->flags & TF_GENERIC) && !allow_generic) {
                    errorf(n->pos, "cannot use generic type %s.%s without instantiation", x->ident.name, n->selector.sel);
                    t = ty_invalid;
                }
                break;
            }
        }
        errorf(ast_start_pos(n), "%s is not a type", expr_string(n));
        break;
    }
    case N_STAR:
        t = types_pointer(check_typexpr(c, n->star.x));
        break;
    case N_ARRAYTYPE: {
        Type *elem = check_typexpr(c, n->arraytype.elem);
        if (!n->arraytype.len && !n->arraytype.dots) {
            t = types_slice(elem);
            break;
        }
        if (n->arraytype.dots) {
            errorf(n->pos, "invalid use of [...] array (outside a composite literal)");
            break;
        }
        Node *ln = n->arraytype.len;
        Object *lo = ln->kind == N_IDENT ? scope_lookup(c->scope, ln->ident.name, NULL) : NULL;
        bool lo_used = lo ? lo->used : false;
        check_expr(c, ln, NULL);
        if (lo && lo->kind == OBJ_VAR && ln->mode != MODE_CONST) lo->used = lo_used;
        if (ln->mode == MODE_INVALID) break;
        if (ln->mode != MODE_CONST) {
            if (ln->kind == N_IDENT && ln->obj && ln->obj->kind == OBJ_VAR)
                errorf(ast_start_pos(ln), "invalid array length %s", expr_string(ln));
            else
                errorf(ast_start_pos(ln), "array length %s must be constant", operand_string(c, ln));
            break;
        }
        if (!cv_is_int(ln->cval) || (ln->type->u->kind != TY_UNTYPED_INT && ln->type->u->kind != TY_UNTYPED_RUNE &&
                                    ln->type->u->kind != TY_UNTYPED_FLOAT && !is_integer(ln->type))) {
            errorf(ast_start_pos(ln), "array length %s must be integer", operand_string(c, ln));
            break;
        }
        ConstVal *iv = cv_to_int(ln->cval);
        if (cv_sign(iv) < 0 || !cv_fits_int64(iv)) {
            errorf(ast_start_pos(ln), "invalid array length %s", operand_string(c, ln));
            break;
        }
        int64_t len = cv_int64_val(iv);
        t = types_array(elem, len);
        break;
    }
    case N_MAPTYPE: {
        Type *k = check_typexpr(c, n->maptype.key);
        Type *v = check_typexpr(c, n->maptype.value);
        if (k != ty_invalid && !is_typeparam(k)) {
            if (k->u) types_layout(k);
            if (k->u && !(k->flags & TF_COMPARABLE) && k->u->kind != TY_INVALID) {
                errorf(ast_start_pos(n->maptype.key), "invalid map key type %s", tstr(c, k));
                break;
            }
        }
        t = types_map(k, v);
        break;
    }
    case N_CHANTYPE:
        t = types_chan(n->chantype.dir, check_typexpr(c, n->chantype.elem));
        break;
    case N_FUNCTYPE:
        t = check_functype(c, n, NULL, NULL, NULL);
        break;
    case N_STRUCTTYPE:
        t = check_struct(c, n);
        break;
    case N_INTERFACETYPE:
        t = check_interface(c, n);
        break;
    case N_INDEX: {
        Type *g = check_typexpr_generic_ok(c, n->index.x, true);
        if (g == ty_invalid) break;
        if (!(g->flags & TF_GENERIC)) {
            errorf(ast_start_pos(n->index.x), "%s is not a generic type", tstr(c, g));
            break;
        }
        int na = n->index.indices.len;
        Type **ta = NEWARR(Type *, na);
        bool bad = false;
        for (int i = 0; i < na; i++) {
            ta[i] = check_typexpr(c, n->index.indices.items[i]);
            if (ta[i] == ty_invalid) bad = true;
        }
        if (bad) break;
        if (na != g->ntparams) {
            errorf(na < g->ntparams ? n->index.x->pos : ast_start_pos(n->index.indices.items[g->ntparams]),
                   "%s type arguments for type %s: have %d, want %d",
                   na < g->ntparams ? "not enough" : "too many", g->name, na, g->ntparams);
            break;
        }
        for (int i = 0; i < na; i++) {
            Type *ct = check_subst(g->tparams[i]->type->constraint, g->tparams, ta, na);
            const char *why = NULL;
            if (ct && !type_satisfies(c, ta[i], ct, &why)) {
                errorf(ast_start_pos(n->index.indices.items[i]), "%s", why);
                bad = true;
            }
        }
        if (bad) break;
        t = check_instantiate_named(g, ta, na, n->pos);
        break;
    }
    case N_ELLIPSIS:
        errorf(n->pos, "invalid use of ...");
        break;
    case N_BINARY:
        if (n->binary.op == OP_OR) {
            errorf(n->pos, "cannot use a type union outside a type constraint (interface)");
            break;
        }
        /* fallthrough */
    case N_UNARY:
        if (n->kind == N_UNARY && n->unary.op == OP_TILDE) {
            errorf(n->pos, "cannot use ~ outside of interface or type constraint");
            break;
        }
        /* fallthrough */
    default:
        check_rawexpr(c, n, NULL, true, false);
        if (n->mode == MODE_TYPEEXPR) return n->type;
        if (n->mode != MODE_INVALID) errorf(ast_start_pos(n), "%s is not a type", expr_string(n));
        return ty_invalid;
    }
    n->mode = MODE_TYPEEXPR;
    n->type = t ? t : ty_invalid;
    return n->type;
}

Type *check_typexpr(Checker *c, Node *n) { return check_typexpr_generic_ok(c, n, false); }

static bool exported(const char *s) {
    unsigned char ch = (unsigned char)s[0];
    return (ch >= 'A' && ch <= 'Z') || ch >= 0x80; /* approximate for Unicode upper */
}

static Type *check_struct(Checker *c, Node *n) {
    VEC(Field) fs = {0};
    for (int i = 0; i < n->structtype.fields.len; i++) {
        Node *f = n->structtype.fields.items[i];
        Type *ft = check_typexpr(c, f->field.type);
        const char *tag = NULL;
        if (f->field.tag) tag = mem_strndup(f->field.tag->lit.str, f->field.tag->lit.len);
        if (f->field.names.len == 0) {
            /* embedded: T, *T, pkg.T, T[args] */
            Node *tn = f->field.type;
            bool ptr = false;
            if (tn->kind == N_STAR) { tn = tn->star.x; ptr = true; }
            const char *name = NULL;
            if (tn->kind == N_IDENT) name = tn->ident.name;
            else if (tn->kind == N_SELECTOR) name = intern(tn->selector.sel);
            else if (tn->kind == N_INDEX && tn->index.x->kind == N_IDENT) name = tn->index.x->ident.name;
            else if (tn->kind == N_INDEX && tn->index.x->kind == N_SELECTOR) name = intern(tn->index.x->selector.sel);
            if (!name) {
                errorf(f->field.type->pos, "invalid embedded field type");
                continue;
            }
            if (ft != ty_invalid) {
                Type *base = ptr ? ft->elem : ft;
                if (ptr && base && base->u && (base->u->kind == TY_POINTER || base->u->kind == TY_INTERFACE))
                    errorf(f->field.type->pos, "embedded field type cannot be a pointer to an interface");
                else if (!ptr && ft->u && ft->u->kind == TY_POINTER)
                    errorf(f->field.type->pos, "embedded field type cannot be a pointer");
                if (is_typeparam(base)) errorf(f->field.type->pos, "embedded field type cannot be a (pointer to a) type parameter");
            }
            for (int k = 0; k < fs.len; k++)
                if (fs.items[k].name == name && name[0] != '_') {
                    errorf(f->field.type->pos, "%s redeclared", name);
                }
            Field fld = {name, ft, 0, true, exported(name), tag};
            vec_push(&fs, fld);
            continue;
        }
        for (int j = 0; j < f->field.names.len; j++) {
            Node *nm = f->field.names.items[j];
            const char *name = nm->ident.name;
            for (int k = 0; k < fs.len; k++)
                if (fs.items[k].name == name && name[0] != '_' ) {
                    errorf(nm->pos, "%s redeclared\n\t%s:%d:%d: other declaration of %s", name,
                           src_get(nm->pos.file)->path, 0, 0, name);
                }
            Field fld = {name, ft, 0, false, exported(name), tag};
            vec_push(&fs, fld);
        }
    }
    Type *t = types_struct(fs.items, fs.len);
    return t;
}

static int imcmp(const void *a, const void *b) {
    return strcmp(((const IMethod *)a)->name, ((const IMethod *)b)->name);
}

typedef VEC(TypeTerm) TermVec;

/* Collect the terms of a union expression a | ~b | c. */
static void collect_terms(Checker *c, Node *e, TermVec *out) {
    if (e->kind == N_BINARY && e->binary.op == OP_OR) {
        collect_terms(c, e->binary.x, out);
        collect_terms(c, e->binary.y, out);
        return;
    }
    TypeTerm tt = {false, NULL};
    Node *x = e;
    if (e->kind == N_UNARY && e->unary.op == OP_TILDE) {
        tt.tilde = true;
        x = e->unary.x;
    }
    tt.type = check_typexpr(c, x);
    if (!tt.tilde && tt.type->u && tt.type->u->kind == TY_INTERFACE && tt.type->u->nterms > 0) {
        /* a constraint interface in a union contributes its own terms */
        for (int i = 0; i < tt.type->u->nterms; i++) vec_push(out, tt.type->u->terms[i]);
        return;
    }
    if (tt.tilde && tt.type != ty_invalid && tt.type->u != tt.type) {
        errorf(ast_start_pos(x), "invalid use of ~ (underlying type of %s is %s)", tstr(c, tt.type), tstr(c, tt.type->u));
    }
    if (type_is_interface(tt.type) && tt.type->u->nimethods > 0 && (e->kind == N_BINARY || out->len > 0)) {
        errorf(ast_start_pos(x), "cannot use %s in union (%s contains methods)", tstr(c, tt.type), tstr(c, tt.type));
    }
    vec_push(out, tt);
}

static Type *check_interface(Checker *c, Node *n) {
    VEC(IMethod) ms = {0};
    VEC(Type *) embeds = {0};
    TermVec terms = {0};
    bool hasterms = false, comparable = false;
    for (int i = 0; i < n->ifacetype.elems.len; i++) {
        Node *f = n->ifacetype.elems.items[i];
        if (f->field.names.len > 0) {
            Node *nm = f->field.names.items[0];
            Type *sig = check_functype(c, f->field.type, NULL, NULL, NULL);
            for (int k = 0; k < ms.len; k++)
                if (ms.items[k].name == nm->ident.name) errorf(nm->pos, "duplicate method %s", nm->ident.name);
            IMethod m = {nm->ident.name, sig, c->pkg};
            vec_push(&ms, m);
            continue;
        }
        Node *e = f->field.type;
        if ((e->kind == N_BINARY && e->binary.op == OP_OR) || (e->kind == N_UNARY && e->unary.op == OP_TILDE)) {
            TermVec ts = {0};
            collect_terms(c, e, &ts);
            if (hasterms) {
                /* intersection with previous terms */
                VEC(TypeTerm) keep = {0};
                for (int a = 0; a < terms.len; a++)
                    for (int b = 0; b < ts.len; b++)
                        if (terms.items[a].type == ts.items[b].type) vec_push(&keep, terms.items[a]);
                terms.len = 0;
                for (int a = 0; a < keep.len; a++) vec_push(&terms, keep.items[a]);
            } else {
                for (int a = 0; a < ts.len; a++) vec_push(&terms, ts.items[a]);
            }
            hasterms = true;
            Type *marker = ty_invalid;
            vec_push(&embeds, marker);
            continue;
        }
        Type *et = check_typexpr(c, e);
        if (et == ty_invalid) continue;
        if (et == ty_comparable) {
            comparable = true;
            vec_push(&embeds, et);
            continue;
        }
        if (!type_is_interface(et)) {
            /* a single non-interface type term */
            TypeTerm tt = {false, et};
            if (hasterms) {
                bool found = false;
                for (int a = 0; a < terms.len; a++)
                    if (terms.items[a].type == et) found = true;
                terms.len = 0;
                if (found) vec_push(&terms, tt);
            } else {
                vec_push(&terms, tt);
            }
            hasterms = true;
            vec_push(&embeds, et);
            continue;
        }
        Type *eu = et->u;
        if (!eu) {
            errorf(ast_start_pos(e), "invalid recursive type");
            continue;
        }
        for (int k = 0; k < eu->nimethods; k++) {
            bool dup = false;
            for (int q = 0; q < ms.len; q++)
                if (ms.items[q].name == eu->imethods[k].name) {
                    dup = true;
                    if (ms.items[q].sig != eu->imethods[k].sig)
                        errorf(ast_start_pos(e), "duplicate method %s", eu->imethods[k].name);
                }
            if (!dup) vec_push(&ms, eu->imethods[k]);
        }
        if (eu->flags & TF_CONSTRAINT) {
            if (eu->nterms) {
                if (hasterms) {
                    VEC(TypeTerm) keep = {0};
                    for (int a = 0; a < terms.len; a++)
                        for (int b = 0; b < eu->nterms; b++)
                            if (terms.items[a].type == eu->terms[b].type) vec_push(&keep, terms.items[a]);
                    terms.len = 0;
                    for (int a = 0; a < keep.len; a++) vec_push(&terms, keep.items[a]);
                } else {
                    for (int b = 0; b < eu->nterms; b++) vec_push(&terms, eu->terms[b]);
                }
                hasterms = true;
            }
            if (et == ty_comparable || (eu->flags & TF_NEEDCOMPARABLE)) comparable = true;
            for (int b = 0; b < eu->nembeds; b++)
                if (eu->embeds[b] == ty_comparable) comparable = true;
        }
        vec_push(&embeds, et);
    }
    if (ms.len > 1) qsort(ms.items, (size_t)ms.len, sizeof(IMethod), imcmp);
    if (!hasterms && !comparable) return types_interface(ms.items, ms.len, NULL, 0);
    Type *t = types_interface(ms.items, ms.len, embeds.items, embeds.len ? embeds.len : 0);
    if (!(t->flags & TF_CONSTRAINT)) {
        /* types_interface canonicalised it (no terms): make a unique constraint */
        Type *u = NEW(Type);
        *u = *t;
        u->u = u;
        u->flags |= TF_CONSTRAINT;
        t = u;
    }
    t->terms = terms.items;
    t->nterms = terms.len;
    if (hasterms && terms.len == 0) t->nterms = 0, t->flags |= TF_CONSTRAINT;
    if (comparable) t->flags |= TF_NEEDCOMPARABLE;
    if (hasterms) t->flags |= TF_HASTPARAM * 0;
    t->embeds = embeds.items;
    t->nembeds = embeds.len;
    for (int i = 0; i < t->nterms; i++)
        if (t->terms[i].type->flags & (TF_HASTPARAM | TF_GENERIC)) t->flags |= TF_HASTPARAM;
    for (int i = 0; i < t->nimethods; i++)
        if (t->imethods[i].sig->flags & TF_HASTPARAM) t->flags |= TF_HASTPARAM;
    /* mark "has terms" by nterms>0 or by an explicit empty type set */
    if (hasterms && terms.len == 0) t->len = -1; /* empty type set */
    return t;
}

/* Signature of a function type; declares params in sc (if non-NULL) and records them in fi. */
Type *check_functype(Checker *c, Node *ft, Object *recv_out[1], FuncInfo *fi, Scope *sc) {
    VEC(Type *) ps = {0};
    VEC(Type *) rs = {0};
    bool variadic = false;
    /* receiver */
    if (recv_out && fi) {
        Node *d = fi->decl;
        Node *rf = d->funcdecl.recv;
        Node *rt = rf->field.type;
        Node *b = rt;
        bool ptr = false;
        while (b->kind == N_PAREN) b = b->paren.x;
        if (b->kind == N_STAR) { ptr = true; b = b->star.x; }
        while (b->kind == N_PAREN) b = b->paren.x;
        Type *T = ty_invalid;
        if (b->kind == N_INDEX) {
            /* generic receiver: T[A, B] declares A, B as the type's parameters */
            Type *g = check_typexpr_generic_ok(c, b->index.x, true);
            if (g != ty_invalid && (g->flags & TF_GENERIC)) {
                if (b->index.indices.len != g->ntparams) {
                    errorf(b->pos, "got %d type parameters, but receiver base type declares %d",
                           b->index.indices.len, g->ntparams);
                } else {
                    Object **tps = NEWARR(Object *, g->ntparams);
                    for (int i = 0; i < g->ntparams; i++) {
                        Node *tn = b->index.indices.items[i];
                        if (tn->kind != N_IDENT) {
                            errorf(tn->pos, "receiver type parameter %s must be an identifier", expr_string(tn));
                            continue;
                        }
                        Object *o = obj_new(OBJ_TYPE, tn->ident.name, tn->pos, g->tparams[i]->type);
                        o->state = 2;
                        o->used = true;
                        tn->obj = o;
                        if (sc) scope_declare(c, sc, o);
                        tps[i] = g->tparams[i];
                    }
                    fi->tparams = tps;
                    fi->ntparams = g->ntparams;
                    T = g;
                }
            } else if (g != ty_invalid) {
                errorf(b->pos, "%s is not a generic type", tstr(c, g));
            }
        } else {
            T = check_typexpr_generic_ok(c, b, true);
            if (T->flags & TF_GENERIC) {
                errorf(b->pos, "cannot use generic type %s without instantiation", T->name);
                T = ty_invalid;
            }
        }
        if (T != ty_invalid && T->kind != TY_NAMED && !is_typeparam(T)) {
            errorf(ast_start_pos(b), "invalid receiver type %s", tstr(c, T));
        }
        Type *rtype = T == ty_invalid ? ty_invalid : (ptr ? types_pointer(T) : T);
        rt->type = rtype;
        Pos rpos = rf->field.names.len ? rf->field.names.items[0]->pos : rt->pos;
        const char *rname = rf->field.names.len ? rf->field.names.items[0]->ident.name : intern("_");
        Object *ro = obj_new(OBJ_VAR, rname, rpos, rtype);
        ro->param = true;
        ro->used = true;
        ro->pkg = c->pkg;
        ro->depth = 1;
        if (rf->field.names.len) rf->field.names.items[0]->obj = ro;
        if (sc) scope_declare(c, sc, ro);
        recv_out[0] = ro;
    }
    NodeList *pl = &ft->functype.params;
    for (int i = 0; i < pl->len; i++) {
        Node *f = pl->items[i];
        Node *tn = f->field.type;
        Type *t;
        if (tn && tn->kind == N_ELLIPSIS) {
            if (i != pl->len - 1 || f->field.names.len > 1) {
                errorf(tn->pos, "can only use ... with final parameter in list");
                t = types_slice(check_typexpr(c, tn->ellipsis.elem));
            } else {
                variadic = true;
                t = types_slice(check_typexpr(c, tn->ellipsis.elem));
            }
            tn->type = t;
            tn->mode = MODE_TYPEEXPR;
        } else {
            t = check_typexpr(c, tn);
        }
        int nn = f->field.names.len ? f->field.names.len : 1;
        for (int j = 0; j < nn; j++) {
            vec_push(&ps, t);
            if (fi) {
                Node *nm = f->field.names.len ? f->field.names.items[j] : NULL;
                Object *o = obj_new(OBJ_VAR, nm ? nm->ident.name : intern("_"), nm ? nm->pos : f->pos, t);
                o->param = true;
                o->used = true;
                o->pkg = c->pkg;
                o->depth = c->depth + 1;
                o->typenode = tn;
                if (nm) nm->obj = o;
                if (sc && nm) scope_declare(c, sc, o);
                vec_push(&fi->params, o);
            }
        }
    }
    NodeList *rl = &ft->functype.results;
    for (int i = 0; i < rl->len; i++) {
        Node *f = rl->items[i];
        Type *t = check_typexpr(c, f->field.type);
        int nn = f->field.names.len ? f->field.names.len : 1;
        for (int j = 0; j < nn; j++) {
            vec_push(&rs, t);
            if (fi) {
                Node *nm = f->field.names.len ? f->field.names.items[j] : NULL;
                Object *o = obj_new(OBJ_VAR, nm ? nm->ident.name : intern("_"), nm ? nm->pos : f->pos, t);
                o->param = true;
                o->result = true;
                o->used = true;
                o->typenode = f->field.type;
                o->pkg = c->pkg;
                o->depth = c->depth + 1;
                if (nm) {
                    nm->obj = o;
                    fi->named_results = true;
                }
                if (sc && nm) scope_declare(c, sc, o);
                vec_push(&fi->results, o);
            }
        }
    }
    Type *sig = types_func(ps.items, ps.len, rs.items, rs.len, variadic);
    ft->type = sig;
    ft->mode = MODE_TYPEEXPR;
    return sig;
}

/* ---- predicates ---- */

bool is_untyped(Type *t) { return t && (t->flags & TF_UNTYPED); }

static bool all_terms(Type *t, uint32_t flag) {
    Type *ct = t->constraint;
    if (!ct || !ct->u || !ct->u->nterms) return false;
    ct = ct->u;
    for (int i = 0; i < ct->nterms; i++) {
        Type *tt = ct->terms[i].type;
        if (!tt->u) return false;
        types_layout(tt);
        if (!(tt->u->flags & flag)) return false;
    }
    return true;
}

static bool tp_flag(Type *t, uint32_t flag) {
    if (!t) return false;
    if (t->kind == TY_TYPEPARAM) return all_terms(t, flag);
    if (!t->u) return false;
    types_layout(t);
    return (t->u->flags & flag) != 0;
}

bool is_integer(Type *t) { return tp_flag(t, TF_INTEGER); }
bool is_unsigned(Type *t) { return tp_flag(t, TF_UNSIGNED); }
bool is_float(Type *t) { return tp_flag(t, TF_FLOAT); }
bool is_numeric(Type *t) { return tp_flag(t, TF_NUMERIC); }

static bool str_kind(Type *t) { return t->u && (t->u->kind == TY_STRING || t->u->kind == TY_UNTYPED_STRING); }
static bool bool_kind(Type *t) { return t->u && (t->u->kind == TY_BOOL || t->u->kind == TY_UNTYPED_BOOL); }

bool tparam_all(Type *t, bool (*pred)(Type *)) {
    if (!t) return false;
    if (t->kind != TY_TYPEPARAM) return pred(t);
    Type *ct = t->constraint;
    if (!ct || !ct->u || !ct->u->nterms) return false;
    for (int i = 0; i < ct->u->nterms; i++)
        if (!pred(ct->u->terms[i].type)) return false;
    return true;
}

bool is_string(Type *t) { return tparam_all(t, str_kind); }
bool is_boolean(Type *t) { return tparam_all(t, bool_kind); }

/* Core type: the single underlying type of all types in a type parameter's type set. */
Type *core_type(Type *t) {
    if (!t) return NULL;
    if (t->kind != TY_TYPEPARAM) return t->u;
    Type *ct = t->constraint;
    if (!ct || !ct->u || !ct->u->nterms) return NULL;
    Type *u = NULL;
    for (int i = 0; i < ct->u->nterms; i++) {
        Type *tu = ct->u->terms[i].type->u;
        if (!u) u = tu;
        else if (u != tu) {
            /* channels with different directions: not handled */
            return NULL;
        }
    }
    return u;
}

bool type_comparable(Type *t) {
    if (!t) return false;
    if (t->kind == TY_TYPEPARAM) {
        Type *ct = t->constraint;
        if (!ct || !ct->u) return false;
        if (ct == ty_comparable || (ct->u->flags & TF_NEEDCOMPARABLE)) return true;
        for (int i = 0; i < ct->u->nembeds; i++)
            if (ct->u->embeds[i] == ty_comparable) return true;
        if (ct->u->nterms) {
            for (int i = 0; i < ct->u->nterms; i++)
                if (!type_comparable(ct->u->terms[i].type)) return false;
            return true;
        }
        return false;
    }
    if (!t->u) return false;
    Type *u = t->u;
    switch (u->kind) {
    case TY_SLICE: case TY_MAP: case TY_FUNC: return false;
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!type_comparable(u->fields[i].type)) return false;
        return true;
    case TY_ARRAY: return type_comparable(u->elem);
    default: return true;
    }
}

bool identical_ignore_tags(Type *a, Type *b) {
    if (a == b) return true;
    if (!a || !b || a->kind != b->kind) return false;
    if (a->kind == TY_STRUCT) {
        if (a->nfields != b->nfields) return false;
        for (int i = 0; i < a->nfields; i++) {
            if (a->fields[i].name != b->fields[i].name || a->fields[i].embedded != b->fields[i].embedded ||
                !identical_ignore_tags(a->fields[i].type, b->fields[i].type))
                return false;
        }
        return true;
    }
    if (a->kind == TY_POINTER) return identical_ignore_tags(a->elem, b->elem);
    return false;
}

/* ---- lookup ---- */

/* Find field or method `name` in t (a type, or pointer to named/struct). Breadth-first through
 * embedded fields as the spec's selector rule says. */
typedef struct Cand {
    Type *t;        /* type at this level (dereferenced) */
    int *path;
    bool *derefs;
    int npath;
    bool viaptr;    /* reached through an embedded pointer */
} Cand;

static Object *field_obj(Field *f) {
    Object *o = obj_new(OBJ_VAR, f->name, (Pos){0}, f->type);
    o->isfield = true;
    return o;
}

Object *lookup_field_or_method(Type *T, const char *name, Pkg *from, Selection *sel, bool *ambiguous, bool *indirect_ptr) {
    *ambiguous = false;
    if (indirect_ptr) *indirect_ptr = false;
    if (!T) return NULL;
    bool startptr = false;
    Type *t = T;
    if (t->kind == TY_POINTER || (t->kind == TY_NAMED && t->u && t->u->kind == TY_POINTER && false)) {
        startptr = true;
        t = t->elem;
    }
    if (t->kind == TY_TYPEPARAM) {
        /* methods of the constraint */
        Type *ct = t->constraint ? t->constraint->u : NULL;
        if (ct)
            for (int i = 0; i < ct->nimethods; i++)
                if (ct->imethods[i].name == name) {
                    sel->kind = SEL_IFACEMETHOD;
                    sel->imethod = i;
                    Object *o = obj_new(OBJ_FUNC, name, (Pos){0}, ct->imethods[i].sig);
                    sel->obj = o;
                    sel->recvbase = t;
                    return o;
                }
        /* fields via core type */
        Type *core = core_type(t);
        if (core && core->kind == TY_STRUCT) t = core;
        else if (core && core->kind == TY_POINTER && !startptr && core->elem->u && core->elem->u->kind == TY_STRUCT) {
            startptr = true;
            t = core->elem;
        } else
            return NULL;
    }
    /* interface method */
    if (!startptr && t->u && t->u->kind == TY_INTERFACE) {
        Type *it = t->u;
        for (int i = 0; i < it->nimethods; i++)
            if (it->imethods[i].name == name) {
                sel->kind = SEL_IFACEMETHOD;
                sel->imethod = i;
                Object *o = obj_new(OBJ_FUNC, name, (Pos){0}, it->imethods[i].sig);
                sel->obj = o;
                sel->recvbase = t;
                return o;
            }
        return NULL;
    }
    typedef VEC(Cand) CandVec;
    CandVec cur = {0}, next = {0};
    Cand c0 = {t, NULL, NULL, 0, startptr};
    vec_push(&cur, c0);
    VEC(Type *) seen = {0};
    for (int depth = 0; depth < 16 && cur.len; depth++) {
        Object *found = NULL;
        Cand fc = {0};
        int nfound = 0;
        Selection fsel = {0};
        next.len = 0;
        for (int ci = 0; ci < cur.len; ci++) {
            Cand cd = cur.items[ci];
            Type *ct = cd.t;
            if (ct->kind == TY_NAMED) {
                bool dup = false;
                for (int k = 0; k < seen.len; k++)
                    if (seen.items[k] == ct) dup = true;
                if (dup) continue;
                vec_push(&seen, ct);
                refresh_instance_methods(ct);
                Type *mt = ct->orig ? ct->orig : ct;
                for (int k = 0; k < mt->nmethods; k++) {
                    Object *m = mt->methods[k];
                    if (m->name == name) {
                        if (m->state != 2 && cur_checker) resolve_obj(cur_checker, m);
                        if (!found || fc.t != ct) nfound++;
                        found = m;
                        fc = cd;
                        fsel = (Selection){0};
                        fsel.kind = SEL_METHOD;
                        fsel.obj = m;
                        fsel.recvbase = ct;
                        break;
                    }
                }
            }
            Type *u = ct->u;
            if (!u) continue;
            if (u->kind == TY_STRUCT) {
                for (int k = 0; k < u->nfields; k++) {
                    Field *f = &u->fields[k];
                    if (f->name == name) {
                        nfound++;
                        found = field_obj(f);
                        fc = cd;
                        fsel = (Selection){0};
                        fsel.kind = SEL_FIELD;
                        fsel.obj = found;
                        fc.path = NEWARR(int, cd.npath + 1);
                        fc.derefs = NEWARR(bool, cd.npath + 1);
                        if (cd.npath) {
                            memcpy(fc.path, cd.path, sizeof(int) * (size_t)cd.npath);
                            memcpy(fc.derefs, cd.derefs, sizeof(bool) * (size_t)cd.npath);
                        }
                        fc.path[cd.npath] = k;
                        fc.derefs[cd.npath] = false;
                        fc.npath = cd.npath + 1;
                    }
                    if (f->embedded) {
                        Type *ft = f->type;
                        bool p = false;
                        if (ft->kind == TY_POINTER) { ft = ft->elem; p = true; }
                        Cand nc = {ft, NEWARR(int, cd.npath + 1), NEWARR(bool, cd.npath + 1), cd.npath + 1, cd.viaptr || p};
                        if (cd.npath) {
                            memcpy(nc.path, cd.path, sizeof(int) * (size_t)cd.npath);
                            memcpy(nc.derefs, cd.derefs, sizeof(bool) * (size_t)cd.npath);
                        }
                        nc.path[cd.npath] = k;
                        nc.derefs[cd.npath] = p; /* deref after taking this field */
                        vec_push(&next, nc);
                    }
                }
            } else if (u->kind == TY_INTERFACE && depth > 0) {
                for (int k = 0; k < u->nimethods; k++)
                    if (u->imethods[k].name == name) {
                        nfound++;
                        found = obj_new(OBJ_FUNC, name, (Pos){0}, u->imethods[k].sig);
                        fc = cd;
                        fsel = (Selection){0};
                        fsel.kind = SEL_IFACEMETHOD;
                        fsel.imethod = k;
                        fsel.obj = found;
                        fsel.recvbase = ct;
                    }
            }
        }
        if (nfound > 1) {
            *ambiguous = true;
            return NULL;
        }
        if (found) {
            /* unexported names are visible only inside their package */
            if (!exported(name) && from && found->pkg && found->pkg != from) return NULL;
            *sel = fsel;
            if (fsel.kind == SEL_FIELD) {
                sel->path = fc.path;
                sel->derefs = fc.derefs;
                sel->npath = fc.npath;
            } else {
                sel->path = fc.path;
                sel->derefs = fc.derefs;
                sel->npath = fc.npath;
            }
            if (indirect_ptr) *indirect_ptr = fc.viaptr;
            return found;
        }
        CandVec tmp = cur;
        cur = next;
        next = tmp;
    }
    return NULL;
}

Object *check_lookup_method(Type *t, const char *name, Selection *sel) {
    bool amb, ind;
    Object *o = lookup_field_or_method(t, name, NULL, sel, &amb, &ind);
    if (o && o->kind == OBJ_FUNC) return o;
    return NULL;
}

/* Signature of method m as seen from receiver base type T (substituting type arguments). */
static Type *method_sig(Object *m, Type *T) {
    Type *sig = m->type;
    if (!sig) return NULL;
    if (T && T->kind == TY_NAMED && T->orig && T->orig->ntparams)
        sig = check_subst(sig, T->orig->tparams, T->targs, T->ntargs);
    return sig;
}

static bool method_has_ptr_recv(Object *m) { return m->recv ? m->recv->kind == TY_POINTER : (m->fn && m->fn->recv && m->fn->recv->type->kind == TY_POINTER); }

/* Does t lack a method of iface? On success returns false. On failure sets *name and a gc-style
 * reason suffix in *why ("missing method M", "method M has pointer receiver", ...). */
bool missing_method(Type *t, Type *iface, const char **name, const char **why) {
    Type *it = iface->u;
    if (!it || it->kind != TY_INTERFACE) return false;
    for (int i = 0; i < it->nimethods; i++) {
        IMethod *im = &it->imethods[i];
        Selection sel = {0};
        bool amb = false, ind = false;
        Object *m = NULL;
        if (t->u && t->u->kind == TY_INTERFACE) {
            Type *tu = t->u;
            for (int k = 0; k < tu->nimethods; k++)
                if (tu->imethods[k].name == im->name) {
                    m = obj_new(OBJ_FUNC, im->name, (Pos){0}, tu->imethods[k].sig);
                    break;
                }
            if (!m) {
                *name = im->name;
                StrBuf b;
                sb_init(&b);
                sb_printf(&b, "(missing method %s)", im->name);
                *why = sb_cstr(&b);
                return true;
            }
            if (m->type != im->sig) {
                StrBuf b;
                sb_init(&b);
                sb_printf(&b, "(wrong type for method %s)\n\t\thave %s%s\n\t\twant %s%s", im->name, im->name,
                          type_string(m->type, NULL) + 4, im->name, type_string(im->sig, NULL) + 4);
                *name = im->name;
                *why = sb_cstr(&b);
                return true;
            }
            continue;
        }
        m = lookup_field_or_method(t, im->name, NULL, &sel, &amb, &ind);
        StrBuf b;
        sb_init(&b);
        if (!m || m->kind != OBJ_FUNC) {
            sb_printf(&b, "(missing method %s)", im->name);
            *name = im->name;
            *why = sb_cstr(&b);
            return true;
        }
        Type *sig = sel.kind == SEL_IFACEMETHOD ? m->type : method_sig(m, sel.recvbase);
        if (sel.kind == SEL_METHOD && t->kind != TY_POINTER && !ind && m->fn && m->fn->recv &&
            m->fn->recv->type->kind == TY_POINTER) {
            sb_printf(&b, "(method %s has pointer receiver)", im->name);
            *name = im->name;
            *why = sb_cstr(&b);
            return true;
        }
        if (sig != im->sig) {
            sb_printf(&b, "(wrong type for method %s)\n\t\thave %s%s\n\t\twant %s%s", im->name, im->name,
                      type_string(sig, NULL) + 4, im->name, type_string(im->sig, NULL) + 4);
            *name = im->name;
            *why = sb_cstr(&b);
            return true;
        }
    }
    (void)method_has_ptr_recv;
    return false;
}

bool check_implements(Type *t, Type *iface, const char **missing) {
    const char *name, *why;
    if (missing_method(t, iface, &name, &why)) {
        if (missing) *missing = why;
        return false;
    }
    return true;
}

/* Is t in the type set of constraint ct? */
static bool in_typeset(Type *t, Type *ct) {
    Type *cu = ct->u;
    if (!cu->nterms) return cu->len != -1;
    for (int i = 0; i < cu->nterms; i++) {
        TypeTerm *tt = &cu->terms[i];
        if (tt->type == t) return true;
        if (tt->tilde && t->u == tt->type->u) return true;
        if (t->kind == TY_TYPEPARAM) {
            /* every term of t's constraint must be in ct */
        }
    }
    if (t->kind == TY_TYPEPARAM && t->constraint && t->constraint->u->nterms) {
        Type *tc = t->constraint->u;
        for (int k = 0; k < tc->nterms; k++) {
            bool ok = false;
            for (int i = 0; i < cu->nterms && !ok; i++) {
                TypeTerm *tt = &cu->terms[i];
                if (tt->type == tc->terms[k].type && (tt->tilde || !tc->terms[k].tilde)) ok = true;
                if (tt->tilde && tc->terms[k].type->u == tt->type->u) ok = true;
            }
            if (!ok) return false;
        }
        return true;
    }
    return false;
}

static const char *terms_string(Checker *c, Type *ct) {
    StrBuf b;
    sb_init(&b);
    Type *cu = ct->u;
    for (int i = 0; i < cu->nterms; i++) {
        if (i) sb_puts(&b, " | ");
        if (cu->terms[i].tilde) sb_putc(&b, '~');
        sb_puts(&b, tstr(c, cu->terms[i].type));
    }
    return sb_cstr(&b);
}

bool type_satisfies(Checker *c, Type *t, Type *ct, const char **why) {
    if (!ct || ct == ty_invalid || t == ty_invalid) return true;
    StrBuf b;
    sb_init(&b);
    const char *cname = tstr(c, ct);
    Type *cu = ct->u;
    if (!cu) return true;
    /* comparable */
    bool wants_comparable = ct == ty_comparable || (cu->flags & TF_NEEDCOMPARABLE);
    for (int i = 0; i < cu->nembeds; i++)
        if (cu->embeds[i] == ty_comparable) wants_comparable = true;
    if (cu->nterms || cu->len == -1) {
        if (!in_typeset(t, ct)) {
            if (cu->len == -1 && cu->nterms == 0)
                sb_printf(&b, "cannot satisfy %s (empty type set)", cname);
            else if (t->u && t->u->kind == TY_INTERFACE && !is_typeparam(t))
                sb_printf(&b, "%s does not satisfy %s (%s missing in %s)", tstr(c, t), cname, tstr(c, t), terms_string(c, ct));
            else
                sb_printf(&b, "%s does not satisfy %s (%s missing in %s)", tstr(c, t), cname, tstr(c, t), terms_string(c, ct));
            *why = sb_cstr(&b);
            return false;
        }
    }
    if (wants_comparable && !type_comparable(t)) {
        if (ct == ty_comparable)
            sb_printf(&b, "%s does not satisfy comparable", tstr(c, t));
        else
            sb_printf(&b, "%s does not satisfy %s", tstr(c, t), cname);
        *why = sb_cstr(&b);
        return false;
    }
    if (cu->nimethods) {
        const char *mname, *mwhy;
        Type *tt = t;
        if (t->kind == TY_TYPEPARAM) {
            /* methods of a type param come from its constraint */
            Type *tc = t->constraint ? t->constraint->u : NULL;
            for (int i = 0; i < cu->nimethods; i++) {
                bool ok = false;
                for (int k = 0; tc && k < tc->nimethods; k++)
                    if (tc->imethods[k].name == cu->imethods[i].name) ok = true;
                if (!ok) {
                    sb_printf(&b, "%s does not satisfy %s (missing method %s)", tstr(c, t), cname, cu->imethods[i].name);
                    *why = sb_cstr(&b);
                    return false;
                }
            }
            return true;
        }
        if (missing_method(tt, ct, &mname, &mwhy)) {
            sb_printf(&b, "%s does not satisfy %s %s", tstr(c, t), cname, mwhy);
            *why = sb_cstr(&b);
            return false;
        }
    }
    return true;
}

/* ---- assignability and conversion ---- */

static bool is_named_or_basic(Type *t) { return t->kind == TY_NAMED || (t->kind >= TY_BOOL && t->kind <= TY_UNSAFEPTR) || t->kind == TY_TYPEPARAM; }

bool is_assignable(Checker *c, Type *V, Type *T, Node *x, const char **reason) {
    *reason = NULL;
    if (!V || !T || V == ty_invalid || T == ty_invalid) return true;
    if (V == T) return true;
    if (is_untyped(V)) {
        if (V == ty_untyped_nil) {
            if (T->kind == TY_TYPEPARAM) {
                Type *core = core_type(T);
                return core && (core->kind == TY_POINTER || core->kind == TY_FUNC || core->kind == TY_SLICE ||
                                core->kind == TY_MAP || core->kind == TY_CHAN || core->kind == TY_INTERFACE);
            }
            switch (T->u->kind) {
            case TY_POINTER: case TY_FUNC: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_INTERFACE:
            case TY_UNSAFEPTR:
                return true;
            default:
                return false;
            }
        }
        if (T->u && T->u->kind == TY_INTERFACE && T->kind != TY_TYPEPARAM) {
            /* untyped value to interface: its default type must implement it */
            Type *d = check_default_type(V);
            return is_assignable(c, d, T, NULL, reason);
        }
        if (T->kind == TY_TYPEPARAM) {
            Type *ct = T->constraint;
            if (!ct || !ct->u->nterms) return false;
            for (int i = 0; i < ct->u->nterms; i++) {
                const char *r;
                if (!is_assignable(c, V, ct->u->terms[i].type, x, &r)) return false;
            }
            return true;
        }
        Type *tu = T->u;
        switch (V->kind) {
        case TY_UNTYPED_BOOL: return tu->kind == TY_BOOL;
        case TY_UNTYPED_STRING: return tu->kind == TY_STRING;
        case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: case TY_UNTYPED_FLOAT:
            return (tu->flags & TF_NUMERIC) != 0;
        default: return false;
        }
    }
    Type *Vu = V->u, *Tu = T->u;
    if (Vu == Tu && V->kind != TY_TYPEPARAM && T->kind != TY_TYPEPARAM &&
        (!is_named_or_basic(V) || !is_named_or_basic(T)))
        return true;
    /* a type parameter and a type literal: every type in the type set must be assignable */
    if (V->kind == TY_TYPEPARAM && T->kind != TY_TYPEPARAM && !is_named_or_basic(T) && T->u->kind != TY_INTERFACE) {
        Type *ct = V->constraint ? V->constraint->u : NULL;
        if (ct && ct->nterms) {
            for (int i = 0; i < ct->nterms; i++) {
                Type *tt = ct->terms[i].tilde ? ct->terms[i].type->u : ct->terms[i].type;
                const char *r;
                if (!is_assignable(c, tt, T, NULL, &r)) return false;
            }
            return true;
        }
    }
    if (T->kind == TY_TYPEPARAM && V->kind != TY_TYPEPARAM && !is_named_or_basic(V)) {
        Type *ct = T->constraint ? T->constraint->u : NULL;
        if (ct && ct->nterms) {
            for (int i = 0; i < ct->nterms; i++) {
                Type *tt = ct->terms[i].tilde ? ct->terms[i].type->u : ct->terms[i].type;
                const char *r;
                if (!is_assignable(c, V, tt, NULL, &r)) return false;
            }
            return true;
        }
    }
    if (Tu && Tu->kind == TY_INTERFACE && T->kind != TY_TYPEPARAM) {
        const char *name, *why;
        if (!missing_method(V, T, &name, &why)) return true;
        StrBuf b;
        sb_init(&b);
        sb_printf(&b, "%s does not implement %s %s", tstr(c, V), tstr(c, T), why);
        *reason = sb_cstr(&b);
        return false;
    }
    if (Vu && Vu->kind == TY_INTERFACE && V->kind != TY_TYPEPARAM && Tu && Tu->kind != TY_INTERFACE) {
        /* "need type assertion" */
        const char *name, *why;
        if (!missing_method(T, V, &name, &why)) {
            StrBuf b;
            sb_init(&b);
            sb_printf(&b, "need type assertion");
            *reason = sb_cstr(&b);
        }
        return false;
    }
    if (Vu && Tu && Vu->kind == TY_CHAN && Vu->dir == CHAN_BOTH && Tu->kind == TY_CHAN && Vu->elem == Tu->elem &&
        (!is_named_or_basic(V) || !is_named_or_basic(T)))
        return true;
    return false;
}

bool is_convertible(Type *V, Type *T) {
    if (V == T) return true;
    if (!V->u || !T->u) return false;
    Type *Vu = V->u, *Tu = T->u;
    const char *r;
    if (is_assignable(NULL, V, T, NULL, &r)) return true;
    if (V->kind == TY_TYPEPARAM || T->kind == TY_TYPEPARAM) {
        /* each pair of types in the type sets must be convertible */
        Type *vs[64], *ts[64];
        int nv = 0, nt = 0;
        if (V->kind == TY_TYPEPARAM) {
            Type *ct = V->constraint ? V->constraint->u : NULL;
            if (!ct || !ct->nterms) return false;
            for (int i = 0; i < ct->nterms && nv < 64; i++) vs[nv++] = ct->terms[i].type;
        } else vs[nv++] = V;
        if (T->kind == TY_TYPEPARAM) {
            Type *ct = T->constraint ? T->constraint->u : NULL;
            if (!ct || !ct->nterms) return false;
            for (int i = 0; i < ct->nterms && nt < 64; i++) ts[nt++] = ct->terms[i].type;
        } else ts[nt++] = T;
        for (int i = 0; i < nv; i++)
            for (int k = 0; k < nt; k++)
                if (!is_convertible(vs[i], ts[k])) return false;
        return true;
    }
    if (identical_ignore_tags(Vu, Tu)) return true;
    if (Vu->kind == TY_POINTER && Tu->kind == TY_POINTER && V->kind == TY_POINTER && T->kind == TY_POINTER &&
        identical_ignore_tags(Vu->elem->u, Tu->elem->u))
        return true;
    types_layout(Vu);
    types_layout(Tu);
    if ((Vu->flags & (TF_INTEGER | TF_FLOAT)) && (Tu->flags & (TF_INTEGER | TF_FLOAT))) return true;
    if (Tu->kind == TY_STRING) {
        if (Vu->flags & TF_INTEGER) return true;
        if (Vu->kind == TY_SLICE && (Vu->elem->u->kind == TY_UINT8 || Vu->elem->u->kind == TY_INT32)) return true;
        if (Vu->kind == TY_UNTYPED_STRING || Vu->kind == TY_STRING) return true;
    }
    if ((Vu->kind == TY_STRING || Vu->kind == TY_UNTYPED_STRING) && Tu->kind == TY_SLICE &&
        (Tu->elem->u->kind == TY_UINT8 || Tu->elem->u->kind == TY_INT32))
        return true;
    if (Vu->kind == TY_SLICE && Tu->kind == TY_ARRAY && Vu->elem == Tu->elem) return true;
    if (Vu->kind == TY_SLICE && Tu->kind == TY_POINTER && Tu->elem->u->kind == TY_ARRAY && Tu->elem->u->elem == Vu->elem)
        return true;
    return false;
}

/* ---- method tables for dynamic dispatch (filled by the compiler with functions) ---- */

MethodTable *method_set_build(Type *t) {
    (void)t;
    (void)instantiate_pending_list;
    return NULL;
}
