/* check_call.c — calls, conversions, builtins, and generic function instantiation with type
 * argument inference (function-argument unification, then constraint core types, then
 * defaults for untyped constants).
 */
#include <stdlib.h>
#include "check_internal.h"

static void invalid(Node *n) {
    n->mode = MODE_INVALID;
    n->type = ty_invalid;
}

/* ---- generics ---- */

Type *instantiate_func(Checker *c, Object *fn, Type **targs, int n, Pos pos) {
    if (n != fn->ntparams) {
        errorf(pos, "got %d type arguments but %s has %d type parameters", n, fn->name, fn->ntparams);
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        Type *ct = check_subst(fn->tparams[i]->type->constraint, fn->tparams, targs, n);
        const char *why = NULL;
        if (ct && !type_satisfies(c, targs[i], ct, &why)) {
            errorf(pos, "%s", why);
            return NULL;
        }
    }
    return check_subst(fn->type, fn->tparams, targs, n);
}

typedef struct Unifier {
    Object **tparams;
    int n;
    Type **bound;      /* inferred type per tparam (NULL = unknown) */
    Type **untyped;    /* candidate default types from untyped constant arguments */
} Unifier;

static int tp_index(Unifier *u, Type *t) {
    if (!t || t->kind != TY_TYPEPARAM) return -1;
    for (int i = 0; i < u->n; i++)
        if (u->tparams[i]->type == t) return i;
    return -1;
}

/* Unify parameter type p (mentioning tparams) with argument type a. inexact: allow a named type
 * to match an unnamed p through its underlying type. */
static bool unify(Unifier *u, Type *p, Type *a, bool inexact) {
    if (!p || !a) return false;
    int i = tp_index(u, p);
    if (i >= 0) {
        if (!u->bound[i]) {
            u->bound[i] = a;
            return true;
        }
        if (u->bound[i] == a) return true;
        /* inexact: a named type vs its underlying literal type */
        if (inexact && u->bound[i]->u == a->u && (u->bound[i]->kind != TY_NAMED || a->kind != TY_NAMED)) {
            if (u->bound[i]->kind != TY_NAMED) u->bound[i] = a;
            return true;
        }
        return false;
    }
    if (!(p->flags & (TF_HASTPARAM | TF_GENERIC))) return p == a || (inexact && p->u == a->u) || true;
    if (p->kind == TY_NAMED) {
        if (a->kind == TY_NAMED && a->orig && (p->orig == a->orig || (p->flags & TF_GENERIC && a->orig == p))) {
            Type **pt = p->orig ? p->targs : NULL;
            int pn = p->orig ? p->ntargs : p->ntparams;
            for (int k = 0; k < pn; k++) {
                Type *pk = pt ? pt[k] : p->tparams[k]->type;
                if (!unify(u, pk, a->targs[k], false)) return false;
            }
            return true;
        }
        return false;
    }
    Type *au = a;
    if (a->kind == TY_NAMED && inexact) au = a->u;
    if (a->kind == TY_TYPEPARAM) {
        Type *core = core_type(a);
        if (core) au = core;
    }
    if (!au || au->kind != p->kind) return false;
    switch (p->kind) {
    case TY_POINTER: case TY_SLICE: return unify(u, p->elem, au->elem, false);
    case TY_ARRAY: return p->len == au->len && unify(u, p->elem, au->elem, false);
    case TY_MAP: return unify(u, p->key, au->key, false) && unify(u, p->elem, au->elem, false);
    case TY_CHAN: return unify(u, p->elem, au->elem, false);
    case TY_FUNC:
        if (p->nparams != au->nparams || p->nresults != au->nresults || p->variadic != au->variadic) return false;
        for (int k = 0; k < p->nparams; k++)
            if (!unify(u, p->params[k], au->params[k], false)) return false;
        for (int k = 0; k < p->nresults; k++)
            if (!unify(u, p->results[k], au->results[k], false)) return false;
        return true;
    case TY_STRUCT:
        if (p->nfields != au->nfields) return false;
        for (int k = 0; k < p->nfields; k++)
            if (!unify(u, p->fields[k].type, au->fields[k].type, false)) return false;
        return true;
    default:
        return true;
    }
}

static int untyped_rank(Type *t) {
    switch (t->kind) {
    case TY_UNTYPED_INT: return 1;
    case TY_UNTYPED_RUNE: return 2;
    case TY_UNTYPED_FLOAT: return 3;
    default: return 0;
    }
}

/* Infer type arguments of generic function fn for a call with args (already checked). */
Type *infer_and_instantiate(Checker *c, Node *call, Object *fn, Type **explicit, int nexplicit, NodeList *args,
                            Type ***targs_out) {
    Unifier u = {fn->tparams, fn->ntparams, NEWARR(Type *, fn->ntparams + 1), NEWARR(Type *, fn->ntparams + 1)};
    for (int i = 0; i < nexplicit && i < u.n; i++) u.bound[i] = explicit[i];
    Type *sig = fn->type;
    int np = sig->nparams;
    /* typed arguments first */
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < args->len; i++) {
            Node *a = args->items[i];
            if (a->mode == MODE_INVALID) return NULL;
            Type *pt;
            if (sig->variadic && i >= np - 1) {
                pt = call->call.ellipsis ? sig->params[np - 1] : sig->params[np - 1]->elem;
            } else if (i < np) {
                pt = sig->params[i];
            } else {
                break;
            }
            Type *at = a->type;
            if (!at) continue;
            if (is_untyped(at)) {
                if (pass == 1) {
                    int k = tp_index(&u, pt);
                    if (k >= 0 && !u.bound[k] && at != ty_untyped_nil) {
                        if (!u.untyped[k] || untyped_rank(at) > untyped_rank(u.untyped[k])) u.untyped[k] = at;
                    }
                }
                continue;
            }
            if (pass == 1) continue;
            if (!unify(&u, pt, at, true)) {
                /* report a mismatch like types2 */
                Type **partial = NEWARR(Type *, u.n + 1);
                for (int k = 0; k < u.n; k++) partial[k] = u.bound[k] ? u.bound[k] : fn->tparams[k]->type;
                Type *want = check_subst(pt, fn->tparams, partial, u.n);
                errorf(ast_start_pos(a), "type %s of %s does not match %s", tstr(c, at), expr_string(a), tstr(c, want));
                return NULL;
            }
        }
    }
    /* constraint type inference: core types of constraints */
    for (int round = 0; round < 4; round++) {
        bool progress = false;
        for (int i = 0; i < u.n; i++) {
            Type *ct = fn->tparams[i]->type->constraint;
            if (!ct || !ct->u || ct->u->nterms != 1) continue;
            Type *core = ct->u->terms[0].type;
            if (u.bound[i]) {
                Type *b = u.bound[i];
                Type *target = ct->u->terms[0].tilde ? b->u : b;
                int before = 0;
                for (int k = 0; k < u.n; k++) before += u.bound[k] != NULL;
                unify(&u, core, target, true);
                int after = 0;
                for (int k = 0; k < u.n; k++) after += u.bound[k] != NULL;
                if (after > before) progress = true;
            } else if (!(core->flags & TF_HASTPARAM)) {
                if (!ct->u->terms[0].tilde) {
                    u.bound[i] = core;
                    progress = true;
                }
            } else {
                /* core mentions other type params: if they are all known, substitute */
                Type **partial = NEWARR(Type *, u.n + 1);
                bool all = true;
                for (int k = 0; k < u.n; k++) {
                    partial[k] = u.bound[k];
                    if (!partial[k] && k != i) all = false;
                    if (!partial[k]) partial[k] = fn->tparams[k]->type;
                }
                if (all && !ct->u->terms[0].tilde) {
                    u.bound[i] = check_subst(core, fn->tparams, partial, u.n);
                    progress = true;
                }
            }
        }
        if (!progress) break;
    }
    /* untyped defaults */
    for (int i = 0; i < u.n; i++)
        if (!u.bound[i] && u.untyped[i]) u.bound[i] = check_default_type(u.untyped[i]);
    for (int i = 0; i < u.n; i++) {
        if (!u.bound[i]) {
            Pos tp = fn->tparams[i]->pos;
            Source *ts = src_get(tp.file);
            errorf(call->pos, "cannot infer %s (%s:%d:%d)", fn->tparams[i]->name, ts ? ts->path : "?", tp.line, tp.col);
            return NULL;
        }
    }
    /* the targs may themselves mention unresolved params (nested): substitute */
    *targs_out = u.bound;
    return instantiate_func(c, fn, u.bound, u.n, call->pos);
}

/* ---- conversions ---- */

void check_conversion(Checker *c, Node *n, Type *T) {
    Node *x = n->call.args.items[0];
    check_expr(c, x, T);
    if (x->mode == MODE_INVALID) { invalid(n); return; }
    if (x->mode == MODE_NOVALUE || x->mode == MODE_TYPEEXPR) {
        errorf(ast_start_pos(x), "%s is not an expression", expr_string(x));
        invalid(n);
        return;
    }
    CallInfo *ci = NEW(CallInfo);
    ci->kind = CALL_CONVERSION;
    n->info = ci;
    Type *Tu = T->u;
    bool tbasic = T->kind != TY_TYPEPARAM && Tu && (Tu->kind >= TY_BOOL && Tu->kind <= TY_STRING);
    if (x->mode == MODE_CONST && tbasic) {
        /* constant conversion */
        ConstVal *v = x->cval;
        if (Tu->kind == TY_STRING && v->kind == CV_INT) {
            /* string(rune constant) */
            int64_t r = cv_fits_int64(v) ? cv_int64_val(v) : 0xFFFD;
            if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
            char buf[4];
            int len;
            if (r < 0x80) { buf[0] = (char)r; len = 1; }
            else if (r < 0x800) { buf[0] = (char)(0xC0 | (r >> 6)); buf[1] = (char)(0x80 | (r & 0x3F)); len = 2; }
            else if (r < 0x10000) {
                buf[0] = (char)(0xE0 | (r >> 12)); buf[1] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[2] = (char)(0x80 | (r & 0x3F)); len = 3;
            } else {
                buf[0] = (char)(0xF0 | (r >> 18)); buf[1] = (char)(0x80 | ((r >> 12) & 0x3F));
                buf[2] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[3] = (char)(0x80 | (r & 0x3F)); len = 4;
            }
            if (!is_untyped(x->type) || x->type != ty_untyped_float) {
                if (!is_integer(x->type) && !is_untyped(x->type)) goto nonconst;
                update_untyped_const:
                if (is_untyped(x->type)) { x->type = check_default_type(x->type); }
                n->mode = MODE_CONST;
                n->type = T;
                n->cval = cv_string(mem_strndup(buf, (size_t)len), (size_t)len);
                return;
            }
            goto update_untyped_const;
        }
        if ((v->kind == CV_INT || v->kind == CV_FLOAT) && (Tu->flags & TF_NUMERIC)) {
            ConstVal *r = NULL;
            if ((Tu->flags & TF_INTEGER) && !cv_is_int(v)) {
                errorf(ast_start_pos(x), "cannot convert %s to type %s (truncated)", operand_string(c, x), tstr(c, T));
                invalid(n);
                return;
            }
            if (!cv_representable(v, Tu->kind, &r)) {
                errorf(ast_start_pos(x), "cannot convert %s to type %s (overflows)", operand_string(c, x), tstr(c, T));
                invalid(n);
                return;
            }
            if (is_untyped(x->type)) x->type = check_default_type(x->type);
            n->mode = MODE_CONST;
            n->type = T;
            n->cval = r ? r : v;
            return;
        }
        if (v->kind == CV_STRING && Tu->kind == TY_STRING) {
            if (is_untyped(x->type)) x->type = ty_string;
            n->mode = MODE_CONST;
            n->type = T;
            n->cval = v;
            return;
        }
        if (v->kind == CV_BOOL && Tu->kind == TY_BOOL) {
            if (is_untyped(x->type)) x->type = ty_bool;
            n->mode = MODE_CONST;
            n->type = T;
            n->cval = v;
            return;
        }
        goto bad;
    }
nonconst:
    if (is_untyped(x->type)) {
        if (x->type == ty_untyped_nil) {
            const char *why;
            if (!is_assignable(c, x->type, T, x, &why)) goto bad;
            x->type = T;
        } else if (x->mode == MODE_CONST) {
            /* e.g. []byte("abc"), float64(1) to type param, any(1) */
            Type *d = check_default_type(x->type);
            if (Tu && Tu->kind == TY_INTERFACE && T->kind != TY_TYPEPARAM) {
                convert_untyped(c, x, d);
            } else if (T->kind == TY_TYPEPARAM) {
                ConstVal *r = NULL;
                if (!representable(c, x, T, &r, false, "")) {
                    errorf(ast_start_pos(x), "cannot convert %s to type %s", operand_string(c, x), tstr(c, T));
                    invalid(n);
                    return;
                }
                convert_untyped(c, x, d);
            } else {
                convert_untyped(c, x, d);
            }
        } else {
            convert_untyped(c, x, check_default_type(x->type));
        }
        if (x->mode == MODE_INVALID) { invalid(n); return; }
    }
    if (!is_convertible(x->type, T)) goto bad;
    n->mode = MODE_VALUE;
    n->type = T;
    return;
bad:
    errorf(ast_start_pos(x), "cannot convert %s to type %s", operand_string(c, x), tstr(c, T));
    invalid(n);
}

/* ---- builtins ---- */

static const char *bname(int id) {
    static const char *const names[BI__COUNT] = {
#define X(i, nm) nm,
        BUILTIN_TABLE(X)
#undef X
    };
    return names[id];
}

static bool nargs_ok(Checker *c, Node *n, int min, int max) {
    int na = n->call.args.len;
    if (na < min) {
        errorf(ast_start_pos(n), "invalid operation: not enough arguments for %s (expected %d, found %d)", expr_string(n), min, na);
        return false;
    }
    if (max >= 0 && na > max) {
        errorf(ast_start_pos(n), "invalid operation: too many arguments for %s (expected %d, found %d)", expr_string(n), max, na);
        return false;
    }
    return true;
}

static bool const_len_ok(Node *x) {
    /* len/cap of an array is constant if x has no function calls or channel receives */
    Node *u = unparen(x);
    switch (u->kind) {
    case N_IDENT: case N_BASICLIT: return true;
    case N_SELECTOR: return const_len_ok(u->selector.x);
    case N_INDEX: return const_len_ok(u->index.x) && const_len_ok(u->index.indices.items[0]);
    case N_STAR: return const_len_ok(u->star.x);
    case N_UNARY: return u->unary.op != OP_ARROW && const_len_ok(u->unary.x);
    case N_BINARY: return const_len_ok(u->binary.x) && const_len_ok(u->binary.y);
    case N_COMPOSITE: return false;
    default: return false;
    }
}

static void check_builtin(Checker *c, Node *n, int id, bool allow_tuple) {
    NodeList *args = &n->call.args;
    CallInfo *ci = NEW(CallInfo);
    ci->kind = CALL_BUILTIN;
    ci->builtin = id;
    n->info = ci;
    const char *name = bname(id);
    if (n->call.ellipsis && id != BI_APPEND) {
        errorf(n->pos, "invalid operation: invalid use of ... with built-in %s", name);
        for (int i = 0; i < args->len; i++) use_expr(c, args->items[i]);
        invalid(n);
        return;
    }
    switch (id) {
    case BI_LEN:
    case BI_CAP: {
        if (!nargs_ok(c, n, 1, 1)) { for (int i = 0; i < args->len; i++) use_expr(c, args->items[i]); invalid(n); return; }
        Node *x = args->items[0];
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) { invalid(n); return; }
        Type *t = x->type;
        if (x->mode == MODE_CONST && id == BI_LEN && x->cval->kind == CV_STRING) {
            if (is_untyped(t)) convert_untyped(c, x, ty_string);
            set_const(n, ty_int, cv_int64((int64_t)x->cval->slen));
            return;
        }
        Type *u = core_type(t);
        bool ok = false;
        if (t->kind == TY_TYPEPARAM && !u) {
            /* all terms must support len */
            ok = true;
            Type *ct = t->constraint ? t->constraint->u : NULL;
            if (!ct || !ct->nterms) ok = false;
            for (int i = 0; ok && i < ct->nterms; i++) {
                Type *tu = ct->terms[i].type->u;
                if (!(tu->kind == TY_STRING || tu->kind == TY_SLICE || tu->kind == TY_ARRAY || tu->kind == TY_MAP ||
                      tu->kind == TY_CHAN))
                    ok = false;
            }
            if (ok) {
                n->mode = MODE_VALUE;
                n->type = ty_int;
                return;
            }
        }
        if (u) {
            switch (u->kind) {
            case TY_STRING: ok = id == BI_LEN; break;
            case TY_ARRAY:
                ok = true;
                if (const_len_ok(x) && t->kind != TY_TYPEPARAM) {
                    set_const(n, ty_int, cv_int64(u->len));
                    return;
                }
                break;
            case TY_POINTER:
                if (u->elem->u && u->elem->u->kind == TY_ARRAY) {
                    ok = true;
                    if (const_len_ok(x)) {
                        set_const(n, ty_int, cv_int64(u->elem->u->len));
                        return;
                    }
                }
                break;
            case TY_SLICE: case TY_CHAN: ok = true; break;
            case TY_MAP: ok = id == BI_LEN; break;
            default: break;
            }
        }
        if (!ok) {
            errorf(ast_start_pos(x), "invalid argument: %s for %s", operand_string(c, x), name);
            invalid(n);
            return;
        }
        n->mode = MODE_VALUE;
        n->type = ty_int;
        return;
    }
    case BI_APPEND: {
        if (args->len == 0) {
            errorf(n->call.rparen, "not enough arguments for append() (expected 1, found 0)");
            invalid(n);
            return;
        }
        Node *s = args->items[0];
        check_expr(c, s, NULL);
        if (s->mode == MODE_INVALID) { for (int i = 1; i < args->len; i++) use_expr(c, args->items[i]); invalid(n); return; }
        Type *st = s->type;
        if (st == ty_untyped_nil) {
            errorf(ast_start_pos(s), "first argument to append must be a typed slice; found untyped nil");
            invalid(n);
            return;
        }
        Type *u = core_type(st);
        if (!u || u->kind != TY_SLICE) {
            errorf(ast_start_pos(s), "first argument to append must be a slice; have %s", operand_string(c, s));
            for (int i = 1; i < args->len; i++) use_expr(c, args->items[i]);
            invalid(n);
            return;
        }
        if (n->call.ellipsis) {
            if (args->len != 2) {
                errorf(n->pos, "can only use ... with final argument in list");
                for (int i = 1; i < args->len; i++) use_expr(c, args->items[i]);
                invalid(n);
                return;
            }
            Node *y = args->items[1];
            check_expr(c, y, NULL);
            if (y->mode == MODE_INVALID) { invalid(n); return; }
            /* append([]byte, string...) */
            if (u->elem->u->kind == TY_UINT8 && (is_string(y->type))) {
                if (is_untyped(y->type)) convert_untyped(c, y, ty_string);
            } else if (!assign_check(c, y, types_slice(u->elem), "argument to append")) {
                invalid(n);
                return;
            }
            n->mode = MODE_VALUE;
            n->type = st;
            return;
        }
        for (int i = 1; i < args->len; i++) {
            Node *y = args->items[i];
            check_expr(c, y, u->elem);
            if (y->mode != MODE_INVALID) assign_check(c, y, u->elem, "argument to append");
        }
        ci->variadic_pack = true;
        n->mode = MODE_VALUE;
        n->type = st;
        return;
    }
    case BI_COPY: {
        if (!nargs_ok(c, n, 2, 2)) { for (int i = 0; i < args->len; i++) use_expr(c, args->items[i]); invalid(n); return; }
        Node *d = args->items[0], *s = args->items[1];
        check_expr(c, d, NULL);
        check_expr(c, s, NULL);
        if (d->mode == MODE_INVALID || s->mode == MODE_INVALID) { invalid(n); return; }
        Type *du = core_type(d->type), *su = core_type(s->type);
        if (!du || du->kind != TY_SLICE) {
            errorf(ast_start_pos(d), "invalid argument: copy expects slice arguments; found %s and %s", operand_string(c, d),
                   operand_string(c, s));
            invalid(n);
            return;
        }
        if (su && (su->kind == TY_STRING || su->kind == TY_UNTYPED_STRING) && du->elem->u->kind == TY_UINT8) {
            if (is_untyped(s->type)) convert_untyped(c, s, ty_string);
        } else if (!su || su->kind != TY_SLICE) {
            errorf(ast_start_pos(d), "invalid argument: copy expects slice arguments; found %s and %s", operand_string(c, d),
                   operand_string(c, s));
            invalid(n);
            return;
        } else if (du->elem != su->elem) {
            errorf(ast_start_pos(d), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                   operand_string(c, d), operand_string(c, s), tstr(c, du->elem), tstr(c, su->elem));
            invalid(n);
            return;
        }
        n->mode = MODE_VALUE;
        n->type = ty_int;
        return;
    }
    case BI_DELETE: {
        if (!nargs_ok(c, n, 2, 2)) { for (int i = 0; i < args->len; i++) use_expr(c, args->items[i]); invalid(n); return; }
        Node *m = args->items[0], *k = args->items[1];
        check_expr(c, m, NULL);
        check_expr(c, k, NULL);
        if (m->mode == MODE_INVALID || k->mode == MODE_INVALID) { invalid(n); return; }
        Type *mu = core_type(m->type);
        if (!mu || mu->kind != TY_MAP) {
            errorf(ast_start_pos(m), "invalid argument: %s is not a map", operand_string(c, m));
            invalid(n);
            return;
        }
        if (!assign_check(c, k, mu->key, "argument to delete")) { invalid(n); return; }
        n->mode = MODE_NOVALUE;
        n->type = NULL;
        return;
    }
    case BI_MAKE: {
        if (args->len == 0) {
            errorf(n->call.rparen, "not enough arguments for make() (expected 1, found 0)");
            invalid(n);
            return;
        }
        Type *T = check_typexpr(c, args->items[0]);
        if (T == ty_invalid) { for (int i = 1; i < args->len; i++) use_expr(c, args->items[i]); invalid(n); return; }
        Type *u = core_type(T);
        int min = 1, max = 2;
        if (!u || !(u->kind == TY_SLICE || u->kind == TY_MAP || u->kind == TY_CHAN)) {
            errorf(ast_start_pos(args->items[0]), "invalid argument: cannot make %s; type must be slice, map, or channel",
                   expr_string(args->items[0]));
            for (int i = 1; i < args->len; i++) use_expr(c, args->items[i]);
            invalid(n);
            return;
        }
        if (u->kind == TY_SLICE) { min = 2; max = 3; }
        if (args->len < min || args->len > max) {
            errorf(n->pos, "invalid operation: %s expects %d or %d arguments; found %d", expr_string(n), min, max, args->len);
            for (int i = 1; i < args->len; i++) use_expr(c, args->items[i]);
            invalid(n);
            return;
        }
        int64_t vals[2] = {-1, -1};
        for (int i = 1; i < args->len; i++) {
            Node *a = args->items[i];
            check_expr(c, a, NULL);
            if (a->mode == MODE_INVALID) { invalid(n); return; }
            if (a->mode == MODE_CONST) {
                if (!cv_is_int(a->cval) && (is_untyped(a->type) || !is_integer(a->type))) {
                    errorf(ast_start_pos(a), "%s truncated to int", operand_string(c, a));
                    invalid(n);
                    return;
                }
                if (is_untyped(a->type)) {
                    ConstVal *iv = cv_to_int(a->cval);
                    a->cval = iv;
                    if (!cv_representable(iv, TY_INT, NULL)) {
                        errorf(ast_start_pos(a), "%s overflows int", operand_string(c, a));
                        invalid(n);
                        return;
                    }
                    a->type = ty_int;
                }
                if (cv_sign(a->cval) < 0) {
                    errorf(ast_start_pos(a), "invalid argument: index %s must not be negative", operand_string(c, a));
                    invalid(n);
                    return;
                }
                vals[i - 1] = cv_int64_val(a->cval);
            } else {
                default_untyped(c, a);
                if (!is_integer(a->type)) {
                    errorf(ast_start_pos(a), "cannot convert %s to type int", operand_string(c, a));
                    invalid(n);
                    return;
                }
            }
        }
        if (vals[0] >= 0 && vals[1] >= 0 && vals[0] > vals[1]) {
            errorf(ast_start_pos(args->items[1]), "invalid argument: length and capacity swapped");
            invalid(n);
            return;
        }
        n->mode = MODE_VALUE;
        n->type = T;
        return;
    }
    case BI_NEW: {
        if (!nargs_ok(c, n, 1, 1)) { invalid(n); return; }
        Type *T = check_typexpr(c, args->items[0]);
        if (T == ty_invalid) { invalid(n); return; }
        n->mode = MODE_VALUE;
        n->type = types_pointer(T);
        return;
    }
    case BI_PANIC: {
        if (!nargs_ok(c, n, 1, 1)) { for (int i = 0; i < args->len; i++) use_expr(c, args->items[i]); invalid(n); return; }
        Node *x = args->items[0];
        check_expr(c, x, NULL);
        if (x->mode != MODE_INVALID) assign_check(c, x, ty_any, "argument to panic");
        n->mode = MODE_NOVALUE;
        n->type = NULL;
        return;
    }
    case BI_RECOVER:
        if (!nargs_ok(c, n, 0, 0)) { for (int i = 0; i < args->len; i++) use_expr(c, args->items[i]); invalid(n); return; }
        if (c->fn) c->fn->has_recover = true;
        n->mode = MODE_VALUE;
        n->type = ty_any;
        return;
    case BI_PRINT:
    case BI_PRINTLN:
        for (int i = 0; i < args->len; i++) {
            Node *x = args->items[i];
            check_expr(c, x, NULL);
            if (x->mode == MODE_INVALID) continue;
            if (x->mode == MODE_NOVALUE) {
                errorf(ast_start_pos(x), "%s (no value) used as value", expr_string(x));
                continue;
            }
            if (x->type == ty_untyped_nil) {
                errorf(ast_start_pos(x), "use of untyped nil in argument to built-in %s", name);
                continue;
            }
            default_untyped(c, x);
        }
        n->mode = MODE_NOVALUE;
        n->type = NULL;
        return;
    case BI_CLOSE: {
        if (!nargs_ok(c, n, 1, 1)) { for (int i = 0; i < args->len; i++) use_expr(c, args->items[i]); invalid(n); return; }
        Node *x = args->items[0];
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) { invalid(n); return; }
        Type *u = core_type(x->type);
        if (!u || u->kind != TY_CHAN) {
            errorf(ast_start_pos(x), "invalid operation: non-chan argument %s to close", operand_string(c, x));
            invalid(n);
            return;
        }
        if (u->dir == CHAN_RECV) {
            errorf(ast_start_pos(x), "invalid operation: cannot close receive-only channel %s", operand_string(c, x));
            invalid(n);
            return;
        }
        n->mode = MODE_NOVALUE;
        n->type = NULL;
        return;
    }
    case BI_CLEAR: {
        if (!nargs_ok(c, n, 1, 1)) { invalid(n); return; }
        Node *x = args->items[0];
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) { invalid(n); return; }
        Type *u = core_type(x->type);
        if (!u || (u->kind != TY_MAP && u->kind != TY_SLICE)) {
            errorf(ast_start_pos(x), "invalid argument: %s cannot be cleared", operand_string(c, x));
            invalid(n);
            return;
        }
        n->mode = MODE_NOVALUE;
        n->type = NULL;
        return;
    }
    case BI_MIN:
    case BI_MAX: {
        if (args->len == 0) {
            errorf(n->call.rparen, "not enough arguments for %s() (expected 1, found 0)", name);
            invalid(n);
            return;
        }
        for (int i = 0; i < args->len; i++) {
            check_expr(c, args->items[i], NULL);
            if (args->items[i]->mode == MODE_INVALID) { invalid(n); return; }
        }
        /* find the common type: the first typed operand's type, else the largest untyped kind */
        Type *T = NULL;
        for (int i = 0; i < args->len; i++)
            if (!is_untyped(args->items[i]->type)) { T = args->items[i]->type; break; }
        bool allconst = true;
        for (int i = 0; i < args->len; i++) allconst &= args->items[i]->mode == MODE_CONST;
        if (!T) {
            T = args->items[0]->type;
            for (int i = 1; i < args->len; i++) {
                Type *t = args->items[i]->type;
                int r1 = T->kind == TY_UNTYPED_FLOAT ? 3 : T->kind == TY_UNTYPED_RUNE ? 2 : 1;
                int r2 = t->kind == TY_UNTYPED_FLOAT ? 3 : t->kind == TY_UNTYPED_RUNE ? 2 : 1;
                if (r2 > r1) T = t;
            }
        }
        for (int i = 0; i < args->len; i++) {
            Node *a = args->items[i];
            if (is_untyped(T)) {
                if (T != a->type) convert_untyped(c, a, T);
            } else if (!assign_check(c, a, T, "argument to built-in")) {
                invalid(n);
                return;
            } else if (a->type != T) {
                errorf(ast_start_pos(a), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)", tstr(c, T),
                       tstr(c, a->type), expr_string(a));
                invalid(n);
                return;
            }
        }
        bool isord = T->kind == TY_TYPEPARAM ? true : (T->u && (T->u->flags & TF_ORDERED));
        if (T->kind == TY_TYPEPARAM) {
            Type *ct = T->constraint ? T->constraint->u : NULL;
            isord = ct && ct->nterms;
            for (int i = 0; ct && i < ct->nterms; i++)
                if (!(ct->terms[i].type->u->flags & TF_ORDERED)) isord = false;
        }
        if (!isord) {
            errorf(ast_start_pos(args->items[0]), "invalid argument: %s cannot be ordered", operand_string(c, args->items[0]));
            invalid(n);
            return;
        }
        if (allconst) {
            ConstVal *best = args->items[0]->cval;
            for (int i = 1; i < args->len; i++) {
                ConstVal *v = args->items[i]->cval;
                if (id == BI_MIN ? cv_compare(OP_LSS, v, best) : cv_compare(OP_GTR, v, best)) best = v;
            }
            set_const(n, T, best);
            return;
        }
        if (is_untyped(T)) {
            T = check_default_type(T);
            for (int i = 0; i < args->len; i++) convert_untyped(c, args->items[i], T);
        }
        n->mode = MODE_VALUE;
        n->type = T;
        return;
    }
    default:
        errorf(n->pos, "goro: unsupported: complex numbers");
        invalid(n);
        return;
    }
    (void)allow_tuple;
}

/* ---- calls ---- */

static const char *types_list(Checker *c, Node **args, int n, bool spread_tuple) {
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, '(');
    for (int i = 0; i < n; i++) {
        if (i) sb_puts(&b, ", ");
        Node *a = args[i];
        if (spread_tuple && a->type && a->type->kind == TY_TUPLE) {
            for (int k = 0; k < a->type->ntuple; k++) {
                if (k) sb_puts(&b, ", ");
                sb_puts(&b, tstr(c, a->type->tuple[k]));
            }
            continue;
        }
        if (a->mode == MODE_CONST && is_untyped(a->type)) sb_puts(&b, "number");
        else if (a->type == ty_untyped_nil) sb_puts(&b, "nil");
        else sb_puts(&b, a->type ? tstr(c, a->type) : "?");
        if (a->mode == MODE_CONST && is_untyped(a->type)) {
            if (a->type == ty_untyped_string) { b.len -= 6; sb_puts(&b, "string"); }
            else if (a->type == ty_untyped_bool) { b.len -= 6; sb_puts(&b, "bool"); }
        }
    }
    sb_putc(&b, ')');
    return sb_cstr(&b);
}

static const char *sig_params(Checker *c, Type *sig) {
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, '(');
    for (int i = 0; i < sig->nparams; i++) {
        if (i) sb_puts(&b, ", ");
        if (sig->variadic && i == sig->nparams - 1) {
            sb_puts(&b, "...");
            sb_puts(&b, tstr(c, sig->params[i]->elem));
        } else {
            sb_puts(&b, tstr(c, sig->params[i]));
        }
    }
    sb_putc(&b, ')');
    return sb_cstr(&b);
}

void check_call(Checker *c, Node *n, Type *hint, bool allow_tuple) {
    Node *fun = n->call.fun;
    NodeList *args = &n->call.args;
    check_rawexpr(c, fun, NULL, true, false);
    if (fun->mode == MODE_INVALID) {
        for (int i = 0; i < args->len; i++) use_expr(c, args->items[i]);
        invalid(n);
        return;
    }
    if (fun->mode == MODE_TYPEEXPR) {
        Type *T = fun->type;
        if (args->len != 1 || n->call.ellipsis) {
            if (args->len == 0)
                errorf(n->call.rparen, "missing argument in conversion to %s", tstr(c, T));
            else if (n->call.ellipsis)
                errorf(ast_start_pos(args->items[0]), "invalid use of ... in conversion to %s", tstr(c, T));
            else
                errorf(ast_start_pos(args->items[1]), "too many arguments in conversion to %s", tstr(c, T));
            for (int i = 0; i < args->len; i++) use_expr(c, args->items[i]);
            invalid(n);
            return;
        }
        check_conversion(c, n, T);
        return;
    }
    if (fun->mode == MODE_BUILTIN) {
        Object *bo = unparen(fun)->obj;
        check_builtin(c, n, bo ? bo->builtin : 0, allow_tuple);
        return;
    }
    Type *ft = fun->type;
    Type *sig = core_type(ft);
    if (!sig || sig->kind != TY_FUNC) {
        errorf(ast_start_pos(n), "invalid operation: cannot call non-function %s", operand_string(c, fun));
        for (int i = 0; i < args->len; i++) use_expr(c, args->items[i]);
        invalid(n);
        return;
    }
    CallInfo *ci = NEW(CallInfo);
    ci->kind = CALL_FUNC;
    Node *uf = unparen(fun);
    if (uf->kind == N_SELECTOR && uf->info) {
        Selection *s = uf->info;
        if (s->kind == SEL_METHOD) ci->kind = CALL_METHOD;
        else if (s->kind == SEL_IFACEMETHOD) ci->kind = CALL_IFACE;
    }
    /* check arguments */
    bool spread = false;
    if (args->len == 1 && !n->call.ellipsis) {
        Node *a = args->items[0];
        check_rawexpr(c, a, NULL, false, true);
        if (a->mode != MODE_INVALID && a->type && a->type->kind == TY_TUPLE) spread = true;
    } else {
        for (int i = 0; i < args->len; i++) check_rawexpr(c, args->items[i], NULL, false, false);
    }
    for (int i = 0; i < args->len; i++)
        if (args->items[i]->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
    /* generic function: infer and instantiate */
    if (fun->flags & NF_GENERIC_FUNC) {
        Object *fo = uf->obj;
        if (uf->kind == N_INDEX) fo = uf->obj;
        Type **explicit = NULL;
        int nexp = 0;
        if (uf->kind == N_INDEX && uf->info) {
            CallInfo *pi = uf->info;
            explicit = pi->targs;
            nexp = pi->ntargs;
        }
        if (!fo || !fo->ntparams) {
            errorf(n->pos, "cannot call generic function");
            invalid(n);
            return;
        }
        if (spread) {
            errorf(n->pos, "goro: unsupported: multi-value argument to generic function");
            invalid(n);
            return;
        }
        Type **targs = NULL;
        Type *isig = infer_and_instantiate(c, n, fo, explicit, nexp, args, &targs);
        if (!isig) { invalid(n); return; }
        ci->generic = fo;
        ci->targs = targs;
        ci->ntargs = fo->ntparams;
        sig = isig;
        fun->type = isig;
        fun->flags &= ~(uint8_t)NF_GENERIC_FUNC;
        if (uf != fun) { uf->type = isig; uf->flags &= ~(uint8_t)NF_GENERIC_FUNC; }
        if (uf->kind == N_INDEX) uf->info = NULL;
        /* record the instantiation on the function expression for the compiler */
        uf->info = uf->kind == N_SELECTOR ? uf->info : NULL;
    } else if (uf->kind == N_INDEX && uf->info) {
        CallInfo *pi = uf->info;
        ci->generic = pi->generic;
        ci->targs = pi->targs;
        ci->ntargs = pi->ntargs;
    }
    ci->sig = sig;
    ci->spread = spread;
    n->info = ci;
    int np = sig->nparams;
    /* count check */
    int nargs = spread ? args->items[0]->type->ntuple : args->len;
    const char *fname = expr_string(fun);
    if (n->call.ellipsis) {
        if (!sig->variadic) {
            errorf(ast_start_pos(args->items[args->len - 1]), "have (...) for non-variadic %s", fname);
            errorf(n->pos, "cannot use ... in call to non-variadic %s", fname);
            invalid(n);
            return;
        }
        if (args->len != np) {
            errorf(args->len < np ? n->call.rparen : ast_start_pos(args->items[np]), "%s arguments in call to %s\n\thave %s\n\twant %s",
                   args->len < np ? "not enough" : "too many", fname, types_list(c, args->items, args->len, false), sig_params(c, sig));
            invalid(n);
            return;
        }
    } else {
        bool ok = sig->variadic ? nargs >= np - 1 : nargs == np;
        if (!ok) {
            bool few = nargs < (sig->variadic ? np - 1 : np);
            Pos at = few ? (args->len ? ast_start_pos(args->items[args->len - 1]) : ast_start_pos(n))
                         : (spread ? ast_start_pos(args->items[0]) : ast_start_pos(args->items[np]));
            errorf(at, "%s arguments in call to %s\n\thave %s\n\twant %s", few ? "not enough" : "too many", fname,
                   types_list(c, args->items, args->len, true), sig_params(c, sig));
            invalid(n);
            return;
        }
    }
    /* argument assignability */
    if (spread) {
        Type *tt = args->items[0]->type;
        for (int i = 0; i < tt->ntuple; i++) {
            Type *pt = (sig->variadic && i >= np - 1) ? sig->params[np - 1]->elem : sig->params[i];
            const char *why;
            if (!is_assignable(c, tt->tuple[i], pt, NULL, &why)) {
                errorf(ast_start_pos(args->items[0]), "cannot use %s (value of type %s) as %s value in argument to %s",
                       expr_string(args->items[0]), tstr(c, tt->tuple[i]), tstr(c, pt), fname);
                invalid(n);
                return;
            }
        }
        if (sig->variadic) ci->variadic_pack = true;
    } else {
        StrBuf ctx;
        sb_init(&ctx);
        sb_printf(&ctx, "argument to %s", fname);
        for (int i = 0; i < args->len; i++) {
            Type *pt;
            if (sig->variadic && i >= np - 1) pt = n->call.ellipsis ? sig->params[np - 1] : sig->params[np - 1]->elem;
            else pt = sig->params[i];
            assign_check(c, args->items[i], pt, sb_cstr(&ctx));
        }
        if (sig->variadic && !n->call.ellipsis) ci->variadic_pack = true;
    }
    (void)hint;
    if (sig->nresults == 0) {
        n->mode = MODE_NOVALUE;
        n->type = NULL;
    } else if (sig->nresults == 1) {
        n->mode = MODE_VALUE;
        n->type = sig->results[0];
    } else {
        n->mode = MODE_VALUE;
        n->type = types_tuple(sig->results, sig->nresults);
        if (!allow_tuple) {
            errorf(ast_start_pos(n), "multiple-value %s (value of type %s) in single-value context", expr_string(n), tstr(c, n->type));
            invalid(n);
        }
    }
}
