/* check_stmt.c — statements and function bodies: scopes, assignments and short variable
 * declarations, control flow, labels, terminating-statement analysis ("missing return"), and
 * unused variable/label detection.
 *
 * Invariant: every block opens a scope; at its end check_unused reports variables that were
 * declared but never read ("x declared and not used"), as types2 does.
 */
#include <stdlib.h>
#include "check_internal.h"

typedef struct RangeInfo {
    Type *xtype;     /* type of the ranged expression (after defaulting) */
    int kind;        /* TY_STRING, TY_ARRAY, TY_SLICE, TY_MAP, TY_CHAN, TY_INT (integer range), TY_POINTER (ptr to array) */
    Object *key, *value; /* declared iteration variables (:=) or NULL */
} RangeInfo;

static void open_scope(Checker *c, Node *node) {
    Scope *s = scope_new(c->scope, false);
    s->node = node;
    c->scope = s;
    if (c->fn) vec_push(&c->fscopes, s);
}

static void close_scope(Checker *c) {
    if (!c->fn) check_unused(c, c->scope);
    c->scope = c->scope->parent;
}

static int obj_pos_cmp(const void *a, const void *b) {
    return pos_cmp((*(Object *const *)a)->pos, (*(Object *const *)b)->pos);
}

/* Report unused variables of s (types2 does it per function, scope by scope, sorted). */
void check_unused(Checker *c, Scope *s) {
    Object **sorted = NEWARR(Object *, s->objs.len + 1);
    if (s->objs.len) memcpy(sorted, s->objs.items, sizeof(Object *) * (size_t)s->objs.len);
    qsort(sorted, (size_t)s->objs.len, sizeof(Object *), obj_pos_cmp);
    for (int i = 0; i < s->objs.len; i++) {
        Object *o = sorted[i];
        if (o->kind == OBJ_VAR && !o->used && !o->param && !o->global && !o->isfield && o->name[0] != '_' &&
            !(o->decl && (o->decl->flags & NF_TYPESWITCH_BIND)))
            errorf(o->pos, "%s declared and not used", o->name);
    }
    (void)c;
}

static Object *declare_var(Checker *c, Node *ident, Type *t) {
    Object *o = obj_new(OBJ_VAR, ident->ident.name, ident->pos, t);
    o->pkg = c->pkg;
    o->depth = c->fn ? c->fn->depth : 0;
    o->decl = ident;
    ident->obj = o;
    return o;
}

/* ---- assignment ---- */

/* Check lhs expression for assignment; returns its type (NULL for blank). */
static Type *check_lhs(Checker *c, Node *lhs) {
    Node *u = unparen(lhs);
    if (u->kind == N_IDENT && strcmp(u->ident.name, "_") == 0) {
        u->mode = MODE_VAR;
        u->type = NULL;
        u->obj = NULL;
        return NULL;
    }
    bool restore = false, was = false;
    Object *o = NULL;
    if (u->kind == N_IDENT) {
        o = scope_lookup(c->scope, u->ident.name, NULL);
        if (o && o->kind == OBJ_VAR) {
            restore = true;
            was = o->used;
        }
    }
    check_expr(c, lhs, NULL);
    if (restore) o->used = was;
    if (lhs->mode == MODE_INVALID) return ty_invalid;
    if (lhs->mode == MODE_VAR || lhs->mode == MODE_MAPINDEX) return lhs->type;
    Node *ul = unparen(lhs);
    if (ul->kind == N_SELECTOR && ul->info && ((Selection *)ul->info)->kind == SEL_FIELD &&
        unparen(ul->selector.x)->mode == MODE_MAPINDEX) {
        errorf(ast_start_pos(lhs), "cannot assign to struct field %s in map", expr_string(lhs));
        return ty_invalid;
    }
    errorf(ast_start_pos(lhs), "cannot assign to %s (neither addressable nor a map index expression)", expr_string(lhs));
    return ty_invalid;
}

static void assign_pair(Checker *c, Node *lhs, Node *rhs, Type *lt) {
    if (!lt) {
        /* blank: rhs gets its default type */
        if (rhs->mode == MODE_INVALID) return;
        if (rhs->type == ty_untyped_nil) {
            errorf(ast_start_pos(rhs), "use of untyped nil in assignment");
            return;
        }
        if (rhs->mode == MODE_NOVALUE) {
            errorf(ast_start_pos(rhs), "%s (no value) used as value", expr_string(rhs));
            return;
        }
        if (rhs->mode == MODE_TYPEEXPR) {
            errorf(ast_start_pos(rhs), "%s (type) is not an expression", expr_string(rhs));
            return;
        }
        default_untyped(c, rhs);
        return;
    }
    if (lt == ty_invalid) return;
    assign_check(c, rhs, lt, "assignment");
    (void)lhs;
}

static void mismatch(Checker *c, Node *at, int nl, int nr, Node *call) {
    if (call)
        errorf(ast_start_pos(at), "assignment mismatch: %d variable%s but %s returns %d value%s", nl, nl == 1 ? "" : "s",
               expr_string(call->call.fun), nr, nr == 1 ? "" : "s");
    else
        errorf(ast_start_pos(at), "assignment mismatch: %d variable%s but %d value%s", nl, nl == 1 ? "" : "s", nr,
               nr == 1 ? "" : "s");
    (void)c;
}

static void check_assign(Checker *c, Node *s) {
    NodeList *L = &s->assign.lhs, *R = &s->assign.rhs;
    GoOp op = s->assign.op;
    if (op != OP_ASSIGN && op != OP_DEFINE) {
        /* x op= y */
        Node *x = L->items[0], *y = R->items[0];
        Node bin = {0};
        bin.kind = N_BINARY;
        bin.pos = s->pos;
        bin.binary.op = op;
        bin.binary.x = x;
        bin.binary.y = y;
        check_expr(c, &bin, NULL);
        if (bin.mode == MODE_INVALID) return;
        Type *lt = check_lhs(c, x);
        if (lt && lt != ty_invalid) {
            Node tmp = bin;
            if (!assign_check(c, &tmp, lt, "assignment")) return;
            s->type = bin.type;
        }
        return;
    }
    if (op == OP_DEFINE) {
        /* short variable declaration */
        int nl = L->len, nr = R->len;
        bool anynew = false;
        Object **objs = NEWARR(Object *, nl);
        Type **ltypes = NEWARR(Type *, nl);
        bool bad = false;
        for (int i = 0; i < nl; i++) {
            Node *l = L->items[i];
            if (l->kind != N_IDENT) {
                errorf(ast_start_pos(l), "non-name %s on left side of :=", expr_string(l));
                use_expr(c, l);
                bad = true;
                continue;
            }
            for (int k = 0; k < i; k++)
                if (L->items[k]->kind == N_IDENT && L->items[k]->ident.name == l->ident.name && l->ident.name[0] != '_') {
                    errorf(l->pos, "%s repeated on left side of :=", l->ident.name);
                    bad = true;
                }
            Object *old = scope_lookup_local(c->scope, l->ident.name);
            if (old && strcmp(l->ident.name, "_") != 0) {
                if (old->kind != OBJ_VAR) {
                    errorf(l->pos, "cannot assign to %s", l->ident.name);
                    bad = true;
                }
                objs[i] = old;
                l->obj = old;
                ltypes[i] = old->type;
            } else {
                objs[i] = NULL;
                if (strcmp(l->ident.name, "_") != 0) anynew = true;
            }
        }
        /* right-hand side */
        Type **rtypes = NEWARR(Type *, nl + 1);
        Node **rnodes = NEWARR(Node *, nl + 1);
        bool ok = true;
        if (nr == 1 && nl >= 2) {
            Node *e = R->items[0];
            check_rawexpr(c, e, NULL, false, true);
            if (e->mode == MODE_INVALID) ok = false;
            else if (e->type && e->type->kind == TY_TUPLE) {
                if (e->type->ntuple != nl) {
                    mismatch(c, R->items[0], nl, e->type->ntuple, e);
                    ok = false;
                } else
                    for (int i = 0; i < nl; i++) rtypes[i] = e->type->tuple[i];
            } else if (IS_COMMAOK(e) && nl == 2) {
                e->flags |= NF_HASOK;
                rtypes[0] = NULL; /* from e itself */
                rtypes[1] = ty_bool;
                rnodes[0] = e;
            } else {
                mismatch(c, R->items[0], nl, 1, e->kind == N_CALL ? e : NULL);
                ok = false;
            }
        } else if (nl == nr) {
            for (int i = 0; i < nr; i++) {
                Node *e = R->items[i];
                check_rawexpr(c, e, NULL, false, nl == 1);
                if (nl == 1 && e->mode != MODE_INVALID && e->type && e->type->kind == TY_TUPLE) {
                    mismatch(c, e, 1, e->type->ntuple, e->kind == N_CALL ? e : NULL);
                    e->mode = MODE_INVALID;
                }
                rnodes[i] = e;
                if (e->mode == MODE_INVALID) ok = false;
            }
        } else {
            for (int i = 0; i < nr; i++) use_expr(c, R->items[i]);
            Node *e = nr == 1 ? R->items[0] : NULL;
            if (e && e->type && e->type->kind == TY_TUPLE) mismatch(c, R->items[0], nl, e->type->ntuple, e);
            else if (e && e->kind == N_CALL && e->mode != MODE_INVALID) mismatch(c, R->items[0], nl, e->mode == MODE_NOVALUE ? 0 : 1, e);
            else mismatch(c, R->items[0], nl, nr, NULL);
            ok = false;
        }
        if (!anynew && !bad) errorf(s->pos, "no new variables on left side of :=");
        /* assign types */
        for (int i = 0; i < nl; i++) {
            Node *l = L->items[i];
            if (l->kind != N_IDENT) continue;
            Type *t = NULL;
            if (ok) {
                if (nl == nr) {
                    Node *r = R->items[i];
                    if (objs[i]) {
                        if (ltypes[i] && ltypes[i] != ty_invalid) assign_check(c, r, ltypes[i], "assignment");
                        continue;
                    }
                    if (r->mode == MODE_NOVALUE) {
                        errorf(ast_start_pos(r), "%s (no value) used as value", expr_string(r));
                        t = ty_invalid;
                    } else if (r->mode == MODE_TYPEEXPR) {
                        errorf(ast_start_pos(r), "%s (type) is not an expression", expr_string(r));
                        t = ty_invalid;
                    } else if (r->mode == MODE_BUILTIN) {
                        errorf(ast_start_pos(r), "%s (built-in) must be called", expr_string(r));
                        t = ty_invalid;
                    } else if (r->type == ty_untyped_nil) {
                        errorf(ast_start_pos(r), "use of untyped nil in assignment");
                        t = ty_invalid;
                    } else if (r->flags & NF_GENERIC_FUNC) {
                        errorf(ast_start_pos(r), "cannot use generic function %s without instantiation", expr_string(r));
                        t = ty_invalid;
                    } else {
                        default_untyped(c, r);
                        t = r->type;
                    }
                } else {
                    Node *e = R->items[0];
                    t = rtypes[i] ? rtypes[i] : e->type;
                    if (i == 0 && IS_COMMAOK(e) && is_untyped(t)) {
                        default_untyped(c, e);
                        t = e->type;
                    }
                    if (objs[i]) {
                        const char *why;
                        if (ltypes[i] && ltypes[i] != ty_invalid && !is_assignable(c, t, ltypes[i], NULL, &why))
                            errorf(ast_start_pos(e), "cannot use %s value as %s value in assignment", tstr(c, t), tstr(c, ltypes[i]));
                        continue;
                    }
                }
            } else if (objs[i]) {
                continue;
            }
            if (!t) t = ty_invalid;
            Object *o = declare_var(c, l, t);
            objs[i] = o;
        }
        for (int i = 0; i < nl; i++) {
            Node *l = L->items[i];
            if (l->kind != N_IDENT) continue;
            if (l->obj && l->obj->scope == NULL && strcmp(l->ident.name, "_") != 0) scope_declare(c, c->scope, l->obj);
            if (strcmp(l->ident.name, "_") == 0 && !l->obj) {
                /* blank: keep defaults applied above */
            }
        }
        s->info = objs;
        return;
    }
    /* plain assignment */
    int nl = L->len, nr = R->len;
    if (nr == 1 && nl >= 2) {
        Node *e = R->items[0];
        Type **lt = NEWARR(Type *, nl);
        for (int i = 0; i < nl; i++) lt[i] = check_lhs(c, L->items[i]);
        check_rawexpr(c, e, NULL, false, true);
        if (e->mode == MODE_INVALID) return;
        if (e->type && e->type->kind == TY_TUPLE) {
            if (e->type->ntuple != nl) {
                mismatch(c, R->items[0], nl, e->type->ntuple, e);
                return;
            }
            for (int i = 0; i < nl; i++) {
                if (!lt[i] || lt[i] == ty_invalid) continue;
                const char *why;
                if (!is_assignable(c, e->type->tuple[i], lt[i], NULL, &why))
                    errorf(ast_start_pos(e), "cannot use %s (value of type %s) as %s value in assignment", expr_string(e),
                           tstr(c, e->type->tuple[i]), tstr(c, lt[i]));
            }
            return;
        }
        if (IS_COMMAOK(e) && nl == 2) {
            e->flags |= NF_HASOK;
            if (lt[0] && lt[0] != ty_invalid) assign_check(c, e, lt[0], "assignment");
            else default_untyped(c, e);
            if (lt[1] && lt[1] != ty_invalid && !is_boolean(lt[1]))
                errorf(ast_start_pos(L->items[1]), "cannot use %s (untyped bool value) as %s value in assignment",
                       expr_string(e), tstr(c, lt[1]));
            return;
        }
        mismatch(c, R->items[0], nl, 1, e->kind == N_CALL ? e : NULL);
        return;
    }
    if (nl != nr) {
        for (int i = 0; i < nl; i++) check_lhs(c, L->items[i]);
        for (int i = 0; i < nr; i++) use_expr(c, R->items[i]);
        Node *e = nr == 1 ? R->items[0] : NULL;
        if (e && e->kind == N_CALL && e->mode != MODE_INVALID) mismatch(c, R->items[0], nl, e->type && e->type->kind == TY_TUPLE ? e->type->ntuple : 1, e);
        else mismatch(c, R->items[0], nl, nr, NULL);
        return;
    }
    Type **lt = NEWARR(Type *, nl);
    for (int i = 0; i < nl; i++) lt[i] = check_lhs(c, L->items[i]);
    for (int i = 0; i < nr; i++) {
        check_expr(c, R->items[i], lt[i]);
        assign_pair(c, L->items[i], R->items[i], lt[i]);
    }
}

/* ---- labels ---- */

static Node *find_label(Checker *c, const char *name) {
    for (int i = 0; i < c->labels.len; i++)
        if (c->labels.items[i]->labeled.label == name) return c->labels.items[i];
    return NULL;
}

static void collect_labels(Checker *c, Node *s) {
    if (!s) return;
    switch (s->kind) {
    case N_LABELED:
        if (find_label(c, s->labeled.label)) {
            Node *old = find_label(c, s->labeled.label);
            errorf(s->pos, "label %s already defined at %s:%d:%d", s->labeled.label, src_get(old->pos.file)->path, old->pos.line,
                   old->pos.col);
        } else {
            vec_push(&c->labels, s);
        }
        collect_labels(c, s->labeled.stmt);
        break;
    case N_BLOCK:
        for (int i = 0; i < s->block.stmts.len; i++) collect_labels(c, s->block.stmts.items[i]);
        break;
    case N_IF:
        collect_labels(c, s->ifstmt.then);
        collect_labels(c, s->ifstmt.els);
        break;
    case N_FOR: collect_labels(c, s->forstmt.body); break;
    case N_RANGE: collect_labels(c, s->rangestmt.body); break;
    case N_SWITCH:
        for (int i = 0; i < s->switchstmt.clauses.len; i++) {
            Node *cl = s->switchstmt.clauses.items[i];
            for (int k = 0; k < cl->caseclause.body.len; k++) collect_labels(c, cl->caseclause.body.items[k]);
        }
        break;
    case N_TYPESWITCH:
        for (int i = 0; i < s->typeswitch.clauses.len; i++) {
            Node *cl = s->typeswitch.clauses.items[i];
            for (int k = 0; k < cl->caseclause.body.len; k++) collect_labels(c, cl->caseclause.body.items[k]);
        }
        break;
    case N_SELECT:
        for (int i = 0; i < s->selectstmt.clauses.len; i++) {
            Node *cl = s->selectstmt.clauses.items[i];
            for (int k = 0; k < cl->commclause.body.len; k++) collect_labels(c, cl->commclause.body.items[k]);
        }
        break;
    default:
        break;
    }
}

/* Enclosing labeled statements (innermost last) — maintained while walking. */
typedef struct LabelCtx {
    const char *label;
    Node *stmt;  /* the labeled loop/switch/select */
} LabelCtx;
typedef VEC(LabelCtx) LabelVec;
static LabelVec active_labels;

/* ---- terminating statements (spec) ---- */

static bool has_break(Node *s, const char *label, bool implicit);

static bool list_has_break(NodeList *l, const char *label, bool implicit) {
    for (int i = 0; i < l->len; i++)
        if (has_break(l->items[i], label, implicit)) return true;
    return false;
}

static bool has_break(Node *s, const char *label, bool implicit) {
    if (!s) return false;
    switch (s->kind) {
    case N_BRANCH:
        if (s->branch.tok == BR_BREAK) {
            if (!s->branch.label) return implicit;
            return label && s->branch.label == label;
        }
        return false;
    case N_BLOCK: return list_has_break(&s->block.stmts, label, implicit);
    case N_LABELED: return has_break(s->labeled.stmt, label, implicit);
    case N_IF: return has_break(s->ifstmt.then, label, implicit) || has_break(s->ifstmt.els, label, implicit);
    case N_CASECLAUSE: return list_has_break(&s->caseclause.body, label, implicit);
    case N_COMMCLAUSE: return list_has_break(&s->commclause.body, label, implicit);
    /* nested breakable statements: unlabeled breaks refer to them */
    case N_FOR: return label && has_break(s->forstmt.body, label, false);
    case N_RANGE: return label && has_break(s->rangestmt.body, label, false);
    case N_SWITCH:
        for (int i = 0; label && i < s->switchstmt.clauses.len; i++)
            if (has_break(s->switchstmt.clauses.items[i], label, false)) return true;
        return false;
    case N_TYPESWITCH:
        for (int i = 0; label && i < s->typeswitch.clauses.len; i++)
            if (has_break(s->typeswitch.clauses.items[i], label, false)) return true;
        return false;
    case N_SELECT:
        for (int i = 0; label && i < s->selectstmt.clauses.len; i++)
            if (has_break(s->selectstmt.clauses.items[i], label, false)) return true;
        return false;
    default: return false;
    }
}

static bool list_terminating(NodeList *l) {
    /* trailing empty statements are ignored */
    int i = l->len - 1;
    while (i >= 0 && l->items[i]->kind == N_EMPTY) i--;
    return i >= 0 && is_terminating(l->items[i], NULL);
}

bool is_terminating(Node *s, const char *label) {
    if (!s) return false;
    switch (s->kind) {
    case N_RETURN: return true;
    case N_BRANCH: return s->branch.tok == BR_GOTO || s->branch.tok == BR_FALLTHROUGH;
    case N_EXPRSTMT: {
        Node *x = unparen(s->exprstmt.x);
        if (x->kind == N_CALL) {
            Node *f = unparen(x->call.fun);
            if (f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN && f->obj->builtin == BI_PANIC) return true;
            if (f->kind == N_SELECTOR && f->obj && f->obj->kind == OBJ_FUNC && f->obj->pkg &&
                strcmp(f->obj->pkg->path, "os") == 0 && strcmp(f->obj->name, "Exit") == 0)
                return false;
        }
        return false;
    }
    case N_BLOCK: return list_terminating(&s->block.stmts);
    case N_LABELED: return is_terminating(s->labeled.stmt, s->labeled.label);
    case N_IF: return s->ifstmt.els && is_terminating(s->ifstmt.then, NULL) && is_terminating(s->ifstmt.els, NULL);
    case N_FOR: return !s->forstmt.cond && !has_break(s->forstmt.body, label, true);
    case N_RANGE: return false;
    case N_SWITCH: {
        bool hasdefault = false;
        for (int i = 0; i < s->switchstmt.clauses.len; i++) {
            Node *cl = s->switchstmt.clauses.items[i];
            if (cl->caseclause.isdefault) hasdefault = true;
            NodeList *b = &cl->caseclause.body;
            if (!list_terminating(b) || list_has_break(b, label, true)) return false;
        }
        return hasdefault;
    }
    case N_TYPESWITCH: {
        bool hasdefault = false;
        for (int i = 0; i < s->typeswitch.clauses.len; i++) {
            Node *cl = s->typeswitch.clauses.items[i];
            if (cl->caseclause.isdefault) hasdefault = true;
            NodeList *b = &cl->caseclause.body;
            if (!list_terminating(b) || list_has_break(b, label, true)) return false;
        }
        return hasdefault;
    }
    case N_SELECT:
        for (int i = 0; i < s->selectstmt.clauses.len; i++) {
            Node *cl = s->selectstmt.clauses.items[i];
            NodeList *b = &cl->commclause.body;
            if (!list_terminating(b) || list_has_break(b, label, true)) return false;
        }
        return true;
    case N_GO: case N_DEFER: return false;
    default: return false;
    }
}

/* ---- statements ---- */

static void check_stmts(Checker *c, NodeList *l, Node *fallthrough_clause) {
    for (int i = 0; i < l->len; i++) {
        Node *s = l->items[i];
        Node *saved = c->fallthrough_ok;
        /* fallthrough is allowed only as the last non-empty statement of a clause */
        int last = l->len - 1;
        while (last >= 0 && l->items[last]->kind == N_EMPTY) last--;
        c->fallthrough_ok = (i == last) ? fallthrough_clause : NULL;
        check_stmt(c, s);
        c->fallthrough_ok = saved;
    }
}

void check_block(Checker *c, Node *b) {
    open_scope(c, b);
    check_stmts(c, &b->block.stmts, NULL);
    close_scope(c);
}

static void check_cond(Checker *c, Node *cond, const char *what) {
    check_expr(c, cond, NULL);
    if (cond->mode == MODE_INVALID) return;
    if (cond->mode == MODE_NOVALUE) {
        errorf(ast_start_pos(cond), "%s (no value) used as value", expr_string(cond));
        return;
    }
    if (!is_boolean(cond->type)) {
        errorf(ast_start_pos(cond), "non-boolean condition in %s statement", what);
        return;
    }
    if (is_untyped(cond->type)) convert_untyped(c, cond, ty_bool);
}

static void check_simple_expr_stmt(Checker *c, Node *s) {
    Node *x = s->exprstmt.x;
    check_rawexpr(c, x, NULL, false, true);
    if (x->mode == MODE_INVALID) return;
    Node *ux = unparen(x);
    if (ux->kind == N_CALL) {
        CallInfo *ci = ux->info;
        if (ci && ci->kind == CALL_CONVERSION) {
            errorf(ast_start_pos(x), "%s (%s) is not used", expr_string(x), ux->mode == MODE_CONST ? "constant" : "value");
            return;
        }
        if (ci && ci->kind == CALL_BUILTIN) {
            switch (ci->builtin) {
            case BI_COPY: case BI_PANIC: case BI_PRINT: case BI_PRINTLN: case BI_RECOVER: case BI_CLOSE: case BI_DELETE:
            case BI_CLEAR:
                return;
            default: {
                const char *m = ux->mode == MODE_CONST ? "constant" : "value";
                errorf(ast_start_pos(x), "%s (%s of type %s) is not used", expr_string(x), m, tstr(c, x->type));
                return;
            }
            }
        }
        return;
    }
    if (ux->kind == N_UNARY && ux->unary.op == OP_ARROW) return;
    if (x->mode == MODE_TYPEEXPR) {
        errorf(ast_start_pos(x), "%s (type) is not an expression", expr_string(x));
        return;
    }
    errorf(ast_start_pos(x), "%s is not used", operand_string(c, x));
}

static void check_return(Checker *c, Node *s) {
    FuncInfo *fi = c->fn;
    Type *sig = fi->sig;
    NodeList *R = &s->ret.results;
    int want = sig->nresults;
    if (R->len == 0) {
        if (want > 0 && !fi->named_results) {
            StrBuf w;
            sb_init(&w);
            sb_putc(&w, '(');
            for (int i = 0; i < want; i++) {
                if (i) sb_puts(&w, ", ");
                sb_puts(&w, tstr(c, sig->results[i]));
            }
            sb_putc(&w, ')');
            errorf(s->pos, "not enough return values\n\thave ()\n\twant %s", sb_cstr(&w));
            return;
        }
        if (want > 0) {
            /* named results must not be shadowed */
            for (int i = 0; i < fi->results.len; i++) {
                Object *r = fi->results.items[i];
                Object *vis = scope_lookup(c->scope, r->name, NULL);
                if (vis && vis != r && r->name[0] != '_') {
                    errorf(s->pos, "result parameter %s not in scope at return\n\t%s:%d:%d: inner declaration of %s", r->name,
                           src_get(vis->pos.file)->path, vis->pos.line, vis->pos.col, r->name);
                    return;
                }
            }
        }
        return;
    }
    if (R->len == 1 && want > 1) {
        Node *e = R->items[0];
        check_rawexpr(c, e, NULL, false, true);
        if (e->mode == MODE_INVALID) return;
        if (e->type && e->type->kind == TY_TUPLE) {
            if (e->type->ntuple != want) goto count;
            for (int i = 0; i < want; i++) {
                const char *why;
                if (!is_assignable(c, e->type->tuple[i], sig->results[i], NULL, &why)) {
                    errorf(ast_start_pos(e), "cannot use %s (value of type %s) as %s value in return statement", expr_string(e),
                           tstr(c, e->type), tstr(c, sig->results[i]));
                    return;
                }
            }
            return;
        }
        goto count;
    }
    if (R->len != want) {
        for (int i = 0; i < R->len; i++) check_rawexpr(c, R->items[i], NULL, false, true);
        goto count;
    }
    for (int i = 0; i < R->len; i++) {
        Node *e = R->items[i];
        check_expr(c, e, sig->results[i]);
        if (e->mode != MODE_INVALID) assign_check(c, e, sig->results[i], "return statement");
    }
    return;
count: {
    StrBuf h, w;
    sb_init(&h);
    sb_init(&w);
    sb_putc(&h, '(');
    for (int i = 0; i < R->len; i++) {
        Node *e = R->items[i];
        if (i) sb_puts(&h, ", ");
        if (e->type && e->type->kind == TY_TUPLE) {
            for (int k = 0; k < e->type->ntuple; k++) {
                if (k) sb_puts(&h, ", ");
                sb_puts(&h, tstr(c, e->type->tuple[k]));
            }
        } else if (e->mode == MODE_CONST && is_untyped(e->type)) {
            sb_puts(&h, e->type == ty_untyped_string ? "string" : e->type == ty_untyped_bool ? "bool" : "number");
        } else if (e->type == ty_untyped_nil) {
            sb_puts(&h, "nil");
        } else {
            sb_puts(&h, e->type ? tstr(c, e->type) : "?");
        }
    }
    sb_putc(&h, ')');
    sb_putc(&w, '(');
    for (int i = 0; i < want; i++) {
        if (i) sb_puts(&w, ", ");
        sb_puts(&w, tstr(c, sig->results[i]));
    }
    sb_putc(&w, ')');
    int have = R->len;
    if (R->len == 1 && R->items[0]->type && R->items[0]->type->kind == TY_TUPLE) have = R->items[0]->type->ntuple;
    Pos at = have > want ? ast_start_pos(R->items[want < R->len ? want : 0]) : ast_start_pos(R->items[0]);
    if (have < want) at = s->pos, at = ast_start_pos(R->items[0]);
    errorf(at, "%s return values\n\thave %s\n\twant %s", have > want ? "too many" : "not enough", sb_cstr(&h), sb_cstr(&w));
}
}

static void check_range(Checker *c, Node *s) {
    Node *x = s->rangestmt.x;
    check_expr(c, x, NULL);
    RangeInfo *ri = NEW(RangeInfo);
    s->info = ri;
    Type *kt = NULL, *vt = NULL;
    bool bad = x->mode == MODE_INVALID;
    if (!bad) {
        if (is_untyped(x->type)) {
            if (x->mode == MODE_CONST && cv_is_int(x->cval)) {
                convert_untyped(c, x, ty_int);
            } else
                default_untyped(c, x);
        }
        Type *u = core_type(x->type);
        ri->xtype = x->type;
        if (!u) {
            errorf(ast_start_pos(x), "cannot range over %s", operand_string(c, x));
            bad = true;
        } else {
            ri->kind = u->kind;
            switch (u->kind) {
            case TY_STRING: kt = ty_int; vt = ty_int32; break;
            case TY_ARRAY: kt = ty_int; vt = u->elem; break;
            case TY_SLICE: kt = ty_int; vt = u->elem; break;
            case TY_POINTER:
                if (u->elem->u && u->elem->u->kind == TY_ARRAY) {
                    kt = ty_int;
                    vt = u->elem->u->elem;
                    break;
                }
                errorf(ast_start_pos(x), "cannot range over %s", operand_string(c, x));
                bad = true;
                break;
            case TY_MAP: kt = u->key; vt = u->elem; break;
            case TY_CHAN:
                kt = u->elem;
                vt = NULL;
                if (u->dir == CHAN_SEND) {
                    errorf(ast_start_pos(x), "invalid operation: range %s receive from send-only channel %s", expr_string(x),
                           operand_string(c, x));
                    bad = true;
                }
                if (s->rangestmt.value) {
                    errorf(ast_start_pos(s->rangestmt.value), "range over %s permits only one iteration variable", operand_string(c, x));
                    bad = true;
                }
                break;
            case TY_FUNC:
                errorf(ast_start_pos(x), "cannot range over %s", operand_string(c, x));
                bad = true;
                break;
            default:
                if (u->flags & TF_INTEGER) {
                    ri->kind = TY_INT;
                    kt = x->type;
                    vt = NULL;
                    if (s->rangestmt.value) {
                        errorf(ast_start_pos(s->rangestmt.value), "range over %s permits only one iteration variable",
                               operand_string(c, x));
                        bad = true;
                    }
                    break;
                }
                errorf(ast_start_pos(x), "cannot range over %s", operand_string(c, x));
                bad = true;
            }
        }
    }
    Node *vars[2] = {s->rangestmt.key, s->rangestmt.value};
    Type *types[2] = {kt, vt};
    open_scope(c, s);
    if (s->rangestmt.define) {
        Object *objs[2] = {NULL, NULL};
        for (int i = 0; i < 2; i++) {
            Node *v = vars[i];
            if (!v) continue;
            if (v->kind != N_IDENT) {
                errorf(ast_start_pos(v), "non-name %s on left side of :=", expr_string(v));
                continue;
            }
            Type *t = bad ? ty_invalid : types[i];
            if (!t) t = ty_invalid;
            Object *o = declare_var(c, v, t);
            o->loopvar = true;
            objs[i] = o;
        }
        for (int i = 0; i < 2; i++)
            if (objs[i] && strcmp(objs[i]->name, "_") != 0) scope_declare(c, c->scope, objs[i]);
        ri->key = objs[0];
        ri->value = objs[1];
    } else {
        for (int i = 0; i < 2; i++) {
            Node *v = vars[i];
            if (!v) continue;
            Type *lt = check_lhs(c, v);
            if (bad || !lt || lt == ty_invalid || !types[i]) continue;
            const char *why;
            if (!is_assignable(c, types[i], lt, NULL, &why))
                errorf(ast_start_pos(v), "cannot use %s (value of type %s) as %s value in range clause", expr_string(v),
                       tstr(c, types[i]), tstr(c, lt));
        }
    }
    c->loop_depth++;
    VEC(LabelCtx) dummy = {0};
    (void)dummy;
    check_block(c, s->rangestmt.body);
    c->loop_depth--;
    close_scope(c);
}

static void check_switch(Checker *c, Node *s) {
    open_scope(c, s);
    if (s->switchstmt.init) check_stmt(c, s->switchstmt.init);
    Node *tag = s->switchstmt.tag;
    Type *tt = ty_bool;
    if (tag) {
        check_expr(c, tag, NULL);
        if (tag->mode == MODE_NOVALUE) {
            errorf(ast_start_pos(tag), "%s (no value) used as value", expr_string(tag));
            tt = ty_invalid;
        } else if (tag->mode != MODE_INVALID) {
            default_untyped(c, tag);
            tt = tag->type;
            if (tt && tt != ty_invalid && !type_comparable(tt) && tt->u->kind != TY_INVALID) {
                errorf(ast_start_pos(tag), "cannot switch on %s", operand_string(c, tag));
                tt = ty_invalid;
            }
        } else {
            tt = ty_invalid;
        }
    }
    bool seen_default = false;
    c->switch_depth++;
    NodeList *cls = &s->switchstmt.clauses;
    for (int i = 0; i < cls->len; i++) {
        Node *cl = cls->items[i];
        if (cl->caseclause.isdefault) {
            if (seen_default) errorf(cl->pos, "multiple defaults in switch");
            seen_default = true;
        }
        for (int k = 0; k < cl->caseclause.list.len; k++) {
            Node *e = cl->caseclause.list.items[k];
            check_expr(c, e, NULL);
            if (e->mode == MODE_INVALID || tt == ty_invalid) continue;
            if (!tag) {
                if (!is_boolean(e->type)) {
                    errorf(ast_start_pos(e), "invalid case %s in switch (mismatched types %s and bool)", expr_string(e),
                           tstr(c, e->type));
                    continue;
                }
                if (is_untyped(e->type)) convert_untyped(c, e, ty_bool);
            } else {
                /* the comparison tag == e must be valid */
                if (is_untyped(e->type)) {
                    const char *why;
                    if (!is_assignable(c, e->type, tt, e, &why)) {
                        errorf(ast_start_pos(e), "invalid case %s in switch on %s (mismatched types %s and %s)", expr_string(e),
                               expr_string(tag), tstr(c, e->type), tstr(c, tt));
                        continue;
                    }
                    convert_untyped(c, e, tt->u->kind == TY_INTERFACE ? check_default_type(e->type) : tt);
                    if (e->mode == MODE_INVALID) continue;
                } else {
                    const char *r1, *r2;
                    if (!is_assignable(c, e->type, tt, e, &r1) && !is_assignable(c, tt, e->type, tag, &r2)) {
                        errorf(ast_start_pos(e), "invalid case %s in switch on %s (mismatched types %s and %s)", expr_string(e),
                               expr_string(tag), tstr(c, e->type), tstr(c, tt));
                        continue;
                    }
                }
            }
            /* duplicate constant cases */
            if (e->mode == MODE_CONST) {
                for (int pi = 0; pi <= i; pi++) {
                    Node *pc = cls->items[pi];
                    int lim = pi == i ? k : pc->caseclause.list.len;
                    for (int pk = 0; pk < lim; pk++) {
                        Node *pe = pc->caseclause.list.items[pk];
                        if (pe->mode == MODE_CONST && pe->cval && e->cval && pe->cval->kind == e->cval->kind &&
                            e->cval->kind != CV_BOOL &&
                            pe->type == e->type && cv_compare(OP_EQL, pe->cval, e->cval)) {
                            errorf(ast_start_pos(e), "duplicate case %s in expression switch\n\t%s:%d:%d: previous case", operand_string(c, e),
                                   src_get(pe->pos.file)->path, ast_start_pos(pe).line, ast_start_pos(pe).col);
                            goto nextcase;
                        }
                    }
                }
            }
        nextcase:;
        }
        open_scope(c, cl);
        check_stmts(c, &cl->caseclause.body, i < cls->len - 1 ? cl : (Node *)(intptr_t)1);
        close_scope(c);
    }
    c->switch_depth--;
    close_scope(c);
}

static void check_typeswitch(Checker *c, Node *s) {
    open_scope(c, s);
    if (s->typeswitch.init) check_stmt(c, s->typeswitch.init);
    Node *x = s->typeswitch.x;
    check_expr(c, x, NULL);
    Type *xt = x->type;
    bool bad = x->mode == MODE_INVALID;
    if (!bad && (!type_is_interface(xt) || xt->kind == TY_TYPEPARAM)) {
        errorf(ast_start_pos(x), "%s is not an interface", operand_string(c, x));
        bad = true;
    }
    Node *bind = s->typeswitch.bind;
    VEC(Object *) bindobjs = {0};
    bool seen_default = false;
    c->switch_depth++;
    NodeList *cls = &s->typeswitch.clauses;
    for (int i = 0; i < cls->len; i++) {
        Node *cl = cls->items[i];
        if (cl->caseclause.isdefault) {
            if (seen_default) errorf(cl->pos, "multiple defaults in switch");
            seen_default = true;
        }
        Type *single = NULL;
        int ntypes = 0;
        for (int k = 0; k < cl->caseclause.list.len; k++) {
            Node *e = cl->caseclause.list.items[k];
            ntypes++;
            Node *ue = unparen(e);
            if (ue->kind == N_IDENT && ue->ident.name == intern("nil") &&
                (!scope_lookup(c->scope, ue->ident.name, NULL) || scope_lookup(c->scope, ue->ident.name, NULL)->kind == OBJ_NIL)) {
                ue->obj = scope_lookup(c->scope, ue->ident.name, NULL);
                e->mode = MODE_VALUE;
                e->type = ty_untyped_nil;
                single = NULL;
                if (cl->caseclause.list.len == 1) single = xt;
                continue;
            }
            Type *T = check_typexpr(c, e);
            if (T == ty_invalid || bad) continue;
            if (!type_is_interface(T)) {
                const char *name, *why;
                if (missing_method(T, xt, &name, &why)) {
                    errorf(ast_start_pos(e), "impossible type switch case: %s cannot have dynamic type %s %s",
                           operand_string(c, x), tstr(c, T), why);
                    continue;
                }
            }
            /* duplicate types */
            for (int pi = 0; pi <= i; pi++) {
                Node *pc = cls->items[pi];
                int lim = pi == i ? k : pc->caseclause.list.len;
                for (int pk = 0; pk < lim; pk++) {
                    Node *pe = pc->caseclause.list.items[pk];
                    if (pe->mode == MODE_TYPEEXPR && pe->type == T) {
                        errorf(ast_start_pos(e), "duplicate case %s in type switch\n\t%s:%d:%d: previous case", expr_string(e),
                               src_get(pe->pos.file)->path, ast_start_pos(pe).line, ast_start_pos(pe).col);
                    }
                }
            }
            single = T;
        }
        open_scope(c, cl);
        if (bind) {
            Type *bt = (ntypes == 1 && single) ? single : xt;
            if (bad) bt = ty_invalid;
            Object *o = obj_new(OBJ_VAR, bind->ident.name, bind->pos, bt);
            o->pkg = c->pkg;
            o->depth = c->fn ? c->fn->depth : 0;
            o->decl = bind;
            scope_declare(c, c->scope, o);
            vec_push(&bindobjs, o);
            cl->obj = o;
        }
        check_stmts(c, &cl->caseclause.body, NULL);
        /* the bind var's "used" is judged across all clauses */
        if (bind) {
            Object *o = cl->obj;
            o->param = true; /* suppress per-clause report */
        }
        close_scope(c);
    }
    c->switch_depth--;
    if (bind) {
        bool used = false;
        for (int i = 0; i < bindobjs.len; i++) used |= bindobjs.items[i]->used;
        if (!used && strcmp(bind->ident.name, "_") != 0) errorf(bind->pos, "%s declared and not used", bind->ident.name);
        if (strcmp(bind->ident.name, "_") == 0) errorf(bind->pos, "no new variable on left side of :=");
    }
    close_scope(c);
}

static void check_select(Checker *c, Node *s) {
    c->select_depth++;
    bool seen_default = false;
    for (int i = 0; i < s->selectstmt.clauses.len; i++) {
        Node *cl = s->selectstmt.clauses.items[i];
        Node *comm = cl->commclause.comm;
        open_scope(c, cl);
        if (!comm) {
            if (seen_default) errorf(cl->pos, "multiple defaults in select");
            seen_default = true;
        } else {
            bool valid = false;
            if (comm->kind == N_SEND) valid = true;
            else if (comm->kind == N_EXPRSTMT) {
                Node *x = unparen(comm->exprstmt.x);
                valid = x->kind == N_UNARY && x->unary.op == OP_ARROW;
            } else if (comm->kind == N_ASSIGN && comm->assign.rhs.len == 1) {
                Node *x = unparen(comm->assign.rhs.items[0]);
                valid = x->kind == N_UNARY && x->unary.op == OP_ARROW && comm->assign.lhs.len <= 2 &&
                        (comm->assign.op == OP_ASSIGN || comm->assign.op == OP_DEFINE);
            }
            if (!valid) errorf(comm->pos, "select case must be send or receive (possibly with assignment)");
            check_stmt(c, comm);
        }
        check_stmts(c, &cl->commclause.body, NULL);
        close_scope(c);
    }
    c->select_depth--;
}

static bool in_breakable(Checker *c) { return c->loop_depth || c->switch_depth || c->select_depth; }

static void check_branch(Checker *c, Node *s) {
    const char *label = s->branch.label;
    switch (s->branch.tok) {
    case BR_BREAK:
        if (label) {
            Node *l = find_label(c, label);
            if (!l) { errorf(s->branch.labelpos, "break label not defined: %s", label); return; }
            l->flags |= NF_CHECKED;
            bool enclosing = false;
            for (int i = 0; i < active_labels.len; i++)
                if (active_labels.items[i].label == label) enclosing = true;
            Node *st = l->labeled.stmt;
            if (!enclosing || !(st->kind == N_FOR || st->kind == N_RANGE || st->kind == N_SWITCH || st->kind == N_TYPESWITCH ||
                                st->kind == N_SELECT))
                errorf(s->branch.labelpos, "invalid break label %s", label);
            return;
        }
        if (!in_breakable(c)) errorf(s->pos, "break is not in a loop, switch, or select");
        return;
    case BR_CONTINUE:
        if (label) {
            Node *l = find_label(c, label);
            if (!l) { errorf(s->branch.labelpos, "continue label not defined: %s", label); return; }
            l->flags |= NF_CHECKED;
            bool enclosing = false;
            for (int i = 0; i < active_labels.len; i++)
                if (active_labels.items[i].label == label) enclosing = true;
            Node *st = l->labeled.stmt;
            if (!enclosing || !(st->kind == N_FOR || st->kind == N_RANGE))
                errorf(s->branch.labelpos, "invalid continue label %s", label);
            return;
        }
        if (!c->loop_depth) errorf(s->pos, "continue is not in a loop");
        return;
    case BR_GOTO: {
        Node *l = find_label(c, label);
        if (!l) { errorf(s->branch.labelpos, "label %s not defined", label); return; }
        l->flags |= NF_CHECKED;
        return;
    }
    case BR_FALLTHROUGH:
        if (!c->fallthrough_ok) {
            errorf(s->pos, "fallthrough statement out of place");
        } else if (c->fallthrough_ok == (Node *)(intptr_t)1) {
            errorf(s->pos, "cannot fallthrough final case in switch");
        }
        return;
    }
}

static void check_decl_stmt(Checker *c, Node *d) {
    if (d->kind != N_GENDECL) return;
    Node *prev_const = NULL;
    for (int i = 0; i < d->gendecl.specs.len; i++) {
        Node *sp = d->gendecl.specs.items[i];
        if (sp->kind == N_TYPESPEC) {
            Node *nm = sp->typespec.name;
            Object *o = obj_new(OBJ_TYPE, nm->ident.name, nm->pos, NULL);
            o->decl = sp;
            o->pkg = c->pkg;
            o->alias = sp->typespec.alias;
            nm->obj = o;
            o->used = true;
            scope_declare(c, c->scope, o);
            if (sp->typespec.tparams.len) {
                errorf(nm->pos, "generic type cannot be declared inside a function");
                o->type = ty_invalid;
                o->state = 2;
                continue;
            }
            if (o->alias) {
                o->type = check_typexpr(c, sp->typespec.type);
            } else {
                Type *named = types_named(o->name, c->pkg, o);
                o->type = named;
                o->state = 2;
                vec_push(&c->P->named_types, named);
                Type *u = check_typexpr(c, sp->typespec.type);
                if (u->kind == TY_NAMED) u = u->u ? u->u : ty_invalid;
                types_set_underlying(named, u);
                types_layout(named);
            }
            o->state = 2;
            continue;
        }
        if (sp->kind != N_VALUESPEC) continue;
        bool isconst = d->gendecl.tok == DECL_CONST;
        Node *src = sp;
        if (isconst) {
            if (sp->valuespec.type || sp->valuespec.values.len) prev_const = sp;
            else if (prev_const) src = prev_const;
            else {
                errorf(sp->pos, "missing init expr for const declaration");
                continue;
            }
        }
        Type *t = src->valuespec.type ? check_typexpr(c, src->valuespec.type) : NULL;
        int nn = sp->valuespec.names.len, nv = src->valuespec.values.len;
        Object **objs = NEWARR(Object *, nn);
        if (isconst) {
            c->iota = cv_int64(sp->valuespec.iota);
            for (int j = 0; j < nn; j++) {
                Node *nm = sp->valuespec.names.items[j];
                Object *o = obj_new(OBJ_CONST, nm->ident.name, nm->pos, ty_invalid);
                o->pkg = c->pkg;
                o->state = 2;
                nm->obj = o;
                objs[j] = o;
                if (j >= nv) {
                    errorf(nm->pos, "missing init expr for const declaration");
                    continue;
                }
                Node *e = src->valuespec.values.items[j];
                check_expr(c, e, t);
                if (e->mode == MODE_INVALID) continue;
                if (e->mode != MODE_CONST) {
                    errorf(ast_start_pos(e), "%s is not constant", operand_string(c, e));
                    continue;
                }
                if (t) {
                    if (!assign_check_w(c, e, t, src->valuespec.type, "constant declaration")) continue;
                    o->type = t;
                } else {
                    o->type = e->type;
                }
                o->cval = e->cval;
            }
            if (nv > nn && src == sp) errorf(ast_start_pos(src->valuespec.values.items[nn]), "extra init expr");
            c->iota = NULL;
            for (int j = 0; j < nn; j++) {
                objs[j]->used = true;
                scope_declare(c, c->scope, objs[j]);
            }
            continue;
        }
        /* var */
        if (nv == 0) {
            for (int j = 0; j < nn; j++) objs[j] = declare_var(c, sp->valuespec.names.items[j], t ? t : ty_invalid);
        } else if (nv == nn) {
            for (int j = 0; j < nn; j++) {
                Node *e = sp->valuespec.values.items[j];
                check_expr(c, e, t);
                Type *vt = t;
                if (e->mode != MODE_INVALID) {
                    if (t) assign_check_w(c, e, t, sp->valuespec.type, "variable declaration");
                    else if (e->mode == MODE_NOVALUE) {
                        errorf(ast_start_pos(e), "%s (no value) used as value", expr_string(e));
                        vt = ty_invalid;
                    } else if (e->mode == MODE_TYPEEXPR) {
                        errorf(ast_start_pos(e), "%s (type) is not an expression", expr_string(e));
                        vt = ty_invalid;
                    } else if (e->type == ty_untyped_nil) {
                        errorf(ast_start_pos(e), "use of untyped nil in variable declaration");
                        vt = ty_invalid;
                    } else {
                        default_untyped(c, e);
                        vt = e->type;
                    }
                }
                objs[j] = declare_var(c, sp->valuespec.names.items[j], vt ? vt : ty_invalid);
            }
        } else if (nv == 1) {
            Node *e = sp->valuespec.values.items[0];
            check_rawexpr(c, e, NULL, false, true);
            Type *tt = e->type;
            int have = e->mode == MODE_INVALID ? -1 : (tt && tt->kind == TY_TUPLE) ? tt->ntuple : (IS_COMMAOK(e) && nn == 2) ? 2 : 1;
            if (have >= 0 && have != nn) {
                mismatch(c, e, nn, have, e->kind == N_CALL ? e : NULL);
                have = -1;
            }
            if (IS_COMMAOK(e) && nn == 2) {
                e->flags |= NF_HASOK;
                if (t) assign_check_w(c, e, t, sp->valuespec.type, "variable declaration");
                else default_untyped(c, e);
                tt = e->type;
            }
            for (int j = 0; j < nn; j++) {
                Type *vt = t;
                if (have < 0) vt = t ? t : ty_invalid;
                else if (!t) vt = tt->kind == TY_TUPLE ? tt->tuple[j] : (j == 0 ? tt : ty_bool);
                objs[j] = declare_var(c, sp->valuespec.names.items[j], vt);
            }
        } else {
            for (int j = 0; j < nv; j++) use_expr(c, sp->valuespec.values.items[j]);
            mismatch(c, sp->valuespec.values.items[0], nn, nv, NULL);
            for (int j = 0; j < nn; j++) objs[j] = declare_var(c, sp->valuespec.names.items[j], t ? t : ty_invalid);
        }
        for (int j = 0; j < nn; j++) {
            if (sp->valuespec.type) objs[j]->typenode = sp->valuespec.type;
            if (strcmp(objs[j]->name, "_") != 0) scope_declare(c, c->scope, objs[j]);
        }
    }
}

void check_stmt(Checker *c, Node *s) {
    if (!s) return;
    switch (s->kind) {
    case N_BAD: case N_EMPTY: return;
    case N_DECLSTMT: check_decl_stmt(c, s->declstmt.decl); return;
    case N_LABELED: {
        Node *st = s->labeled.stmt;
        /* a duplicate label does not label its statement */
        bool real = find_label(c, s->labeled.label) == s;
        LabelCtx lc = {s->labeled.label, st};
        if (real) vec_push(&active_labels, lc);
        check_stmt(c, st);
        if (real) active_labels.len--;
        return;
    }
    case N_EXPRSTMT: check_simple_expr_stmt(c, s); return;
    case N_SEND: {
        Node *ch = s->send.ch, *v = s->send.value;
        check_expr(c, ch, NULL);
        check_expr(c, v, NULL);
        if (ch->mode == MODE_INVALID || v->mode == MODE_INVALID) return;
        Type *u = core_type(ch->type);
        if (!u || u->kind != TY_CHAN) {
            errorf(s->pos, "invalid operation: cannot send to non-channel %s", operand_string(c, ch));
            return;
        }
        if (u->dir == CHAN_RECV) {
            errorf(s->pos, "invalid operation: cannot send to receive-only channel %s", operand_string(c, ch));
            return;
        }
        assign_check(c, v, u->elem, "send");
        return;
    }
    case N_INCDEC: {
        Node *x = s->incdec.x;
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) return;
        if (!is_numeric(x->type)) {
            errorf(s->pos, "invalid operation: %s%s (non-numeric type %s)", expr_string(x), s->incdec.inc ? "++" : "--",
                   tstr(c, x->type));
            return;
        }
        if (x->mode != MODE_VAR && x->mode != MODE_MAPINDEX) {
            errorf(ast_start_pos(x), "cannot assign to %s (neither addressable nor a map index expression)", expr_string(x));
        }
        return;
    }
    case N_ASSIGN: check_assign(c, s); return;
    case N_GO:
    case N_DEFER: {
        const char *kw = s->kind == N_GO ? "go" : "defer";
        Node *call = unparen(s->gostmt.call);
        if (call->kind != N_CALL) {
            check_rawexpr(c, s->gostmt.call, NULL, true, true);
            errorf(ast_start_pos(s->gostmt.call), "expression in %s must be function call", kw);
            return;
        }
        check_rawexpr(c, s->gostmt.call, NULL, false, true);
        if (call->mode == MODE_INVALID) return;
        CallInfo *ci = call->info;
        if (ci && ci->kind == CALL_CONVERSION) {
            errorf(ast_start_pos(call), "%s requires function call, not conversion", kw);
            return;
        }
        if (ci && ci->kind == CALL_BUILTIN) {
            switch (ci->builtin) {
            case BI_APPEND: case BI_CAP: case BI_LEN: case BI_MAKE: case BI_NEW: case BI_MIN: case BI_MAX:
                errorf(ast_start_pos(call), "%s discards result of %s", kw, expr_string(call));
                return;
            default:
                break;
            }
        }
        if (s->kind == N_DEFER && c->fn) c->fn->has_defer = true;
        return;
    }
    case N_RETURN: check_return(c, s); return;
    case N_BRANCH: check_branch(c, s); return;
    case N_BLOCK: check_block(c, s); return;
    case N_IF:
        open_scope(c, s);
        if (s->ifstmt.init) check_stmt(c, s->ifstmt.init);
        if (s->ifstmt.cond) check_cond(c, s->ifstmt.cond, "if");
        check_block(c, s->ifstmt.then);
        if (s->ifstmt.els) {
            if (s->ifstmt.els->kind == N_IF) check_stmt(c, s->ifstmt.els);
            else check_block(c, s->ifstmt.els);
        }
        close_scope(c);
        return;
    case N_SWITCH: check_switch(c, s); return;
    case N_TYPESWITCH: check_typeswitch(c, s); return;
    case N_SELECT: check_select(c, s); return;
    case N_FOR:
        open_scope(c, s);
        if (s->forstmt.init) {
            check_stmt(c, s->forstmt.init);
            /* Go 1.22: variables declared by the init statement are per-iteration */
            for (int i = 0; i < c->scope->objs.len; i++) c->scope->objs.items[i]->loopvar = true;
        }
        if (s->forstmt.cond) check_cond(c, s->forstmt.cond, "for");
        if (s->forstmt.post) {
            Node *p = s->forstmt.post;
            if (p->kind == N_ASSIGN && p->assign.op == OP_DEFINE) errorf(p->pos, "cannot declare in post statement of for loop");
            else check_stmt(c, p);
        }
        c->loop_depth++;
        check_block(c, s->forstmt.body);
        c->loop_depth--;
        close_scope(c);
        return;
    case N_RANGE: check_range(c, s); return;
    default:
        errorf(s->pos, "invalid statement");
        return;
    }
}

/* ---- goto rules: no jumps into blocks or over variable declarations ---- */

typedef struct StmtPath {
    NodeList *lists[64];
    Pos owners[64];   /* position of the block owning lists[d] */
    int idx[64];
    int depth;
} StmtPath;

typedef struct GotoSite {
    Node *stmt;
    StmtPath path;
} GotoSite;

typedef VEC(GotoSite) GotoVec;

static void walk_gotos(Node *s, StmtPath *p, GotoVec *gotos, GotoVec *labels);

static void walk_list(NodeList *l, Pos owner, StmtPath *p, GotoVec *gotos, GotoVec *labels) {
    if (p->depth >= 63) return;
    int d = p->depth++;
    p->lists[d] = l;
    p->owners[d] = owner;
    for (int i = 0; i < l->len; i++) {
        p->idx[d] = i;
        walk_gotos(l->items[i], p, gotos, labels);
    }
    p->depth--;
}

static void walk_gotos(Node *s, StmtPath *p, GotoVec *gotos, GotoVec *labels) {
    if (!s) return;
    switch (s->kind) {
    case N_BRANCH:
        if (s->branch.tok == BR_GOTO) {
            GotoSite g = {s, *p};
            vec_push(gotos, g);
        }
        break;
    case N_LABELED: {
        GotoSite g = {s, *p};
        vec_push(labels, g);
        walk_gotos(s->labeled.stmt, p, gotos, labels);
        break;
    }
    case N_BLOCK: walk_list(&s->block.stmts, s->pos, p, gotos, labels); break;
    case N_IF:
        walk_gotos(s->ifstmt.then, p, gotos, labels);
        walk_gotos(s->ifstmt.els, p, gotos, labels);
        break;
    case N_FOR: walk_gotos(s->forstmt.body, p, gotos, labels); break;
    case N_RANGE: walk_gotos(s->rangestmt.body, p, gotos, labels); break;
    case N_SWITCH:
        for (int i = 0; i < s->switchstmt.clauses.len; i++) {
            Node *cl = s->switchstmt.clauses.items[i];
            walk_list(&cl->caseclause.body, cl->pos, p, gotos, labels);
        }
        break;
    case N_TYPESWITCH:
        for (int i = 0; i < s->typeswitch.clauses.len; i++) {
            Node *cl = s->typeswitch.clauses.items[i];
            walk_list(&cl->caseclause.body, cl->pos, p, gotos, labels);
        }
        break;
    case N_SELECT:
        for (int i = 0; i < s->selectstmt.clauses.len; i++) {
            Node *cl = s->selectstmt.clauses.items[i];
            walk_list(&cl->commclause.body, cl->pos, p, gotos, labels);
        }
        break;
    default: break;
    }
}

static const char *declared_name(Node *s, Pos *at) {
    if (s->kind == N_ASSIGN && s->assign.op == OP_DEFINE) {
        for (int i = 0; i < s->assign.lhs.len; i++) {
            Node *l = s->assign.lhs.items[i];
            if (l->kind == N_IDENT && l->obj && l->obj->decl == l) {
                *at = s->pos;
                return l->ident.name;
            }
        }
    }
    if (s->kind == N_DECLSTMT && s->declstmt.decl->gendecl.tok == DECL_VAR) {
        Node *d = s->declstmt.decl;
        for (int i = 0; i < d->gendecl.specs.len; i++) {
            Node *sp = d->gendecl.specs.items[i];
            if (sp->valuespec.names.len) {
                *at = sp->valuespec.names.items[0]->pos;
                return sp->valuespec.names.items[0]->ident.name;
            }
        }
    }
    return NULL;
}

static void check_gotos(Node *body) {
    GotoVec gotos = {0}, labels = {0};
    StmtPath p;
    p.depth = 0;
    walk_list(&body->block.stmts, body->pos, &p, &gotos, &labels);
    for (int i = 0; i < gotos.len; i++) {
        GotoSite *g = &gotos.items[i];
        GotoSite *l = NULL;
        for (int k = 0; k < labels.len; k++)
            if (labels.items[k].stmt->labeled.label == g->stmt->branch.label) l = &labels.items[k];
        if (!l) continue;
        int ld = l->path.depth - 1; /* depth of the list holding the label */
        bool inside = ld < g->path.depth;
        for (int d = 0; inside && d < ld; d++)
            if (l->path.lists[d] != g->path.lists[d] || l->path.idx[d] != g->path.idx[d]) inside = false;
        if (inside && l->path.lists[ld] != g->path.lists[ld]) inside = false;
        if (!inside) {
            /* the first block on the label's path that does not contain the goto */
            int d = 0;
            while (d < ld && d < g->path.depth && l->path.lists[d] == g->path.lists[d] && l->path.idx[d] == g->path.idx[d]) d++;
            Pos bp = l->path.owners[d + 1 <= ld ? d + 1 : ld];
            Source *src = src_get(bp.file);
            errorf(g->stmt->branch.labelpos, "goto %s jumps into block starting at %s:%d:%d", g->stmt->branch.label, src ? src->path : "?",
                   bp.line, bp.col);
            continue;
        }
        int from = g->path.idx[ld], to = l->path.idx[ld];
        NodeList *list = l->path.lists[ld];
        for (int k = from + 1; k < to; k++) {
            Pos at;
            const char *nm = declared_name(list->items[k], &at);
            if (nm) {
                Source *src = src_get(at.file);
                errorf(g->stmt->branch.labelpos, "goto %s jumps over declaration of %s at %s:%d:%d", g->stmt->branch.label, nm,
                       src ? src->path : "?", at.line, at.col);
                break;
            }
        }
    }
}

void check_func_body(Checker *c, FuncInfo *fi, Node *body) {
    FuncInfo *saved_fn = c->fn;
    int saved_loop = c->loop_depth, saved_sw = c->switch_depth, saved_sel = c->select_depth;
    NodeVec saved_labels = c->labels;
    LabelVec saved_active = active_labels;
    typedef VEC(Scope *) ScopeVec;
    ScopeVec saved_fscopes;
    memcpy(&saved_fscopes, &c->fscopes, sizeof saved_fscopes);
    memset(&c->fscopes, 0, sizeof c->fscopes);
    active_labels.items = NULL;
    active_labels.len = active_labels.cap = 0;
    c->labels.items = NULL;
    c->labels.len = c->labels.cap = 0;
    c->loop_depth = c->switch_depth = c->select_depth = 0;
    if (!fi->outer && saved_fn && fi->decl && fi->decl->kind == N_FUNCLIT) fi->outer = saved_fn;
    c->fn = fi;
    Node *saved_ft = c->fallthrough_ok;
    c->fallthrough_ok = NULL;
    collect_labels(c, body);
    /* the body's statements share the function scope with the parameters */
    check_stmts(c, &body->block.stmts, NULL);
    check_unused(c, c->scope);
    for (int i = 0; i < c->fscopes.len; i++) check_unused(c, c->fscopes.items[i]);
    for (int i = 0; i < c->labels.len; i++) {
        Node *l = c->labels.items[i];
        if (!(l->flags & NF_CHECKED)) errorf(l->pos, "label %s defined and not used", l->labeled.label);
    }
    if (fi->sig && fi->sig->nresults > 0 && !list_terminating(&body->block.stmts)) errorf(body->block.rbrace, "missing return");
    if (c->labels.len) check_gotos(body);
    c->fn = saved_fn;
    memcpy(&c->fscopes, &saved_fscopes, sizeof saved_fscopes);
    c->labels = saved_labels;
    active_labels = saved_active;
    c->loop_depth = saved_loop;
    c->switch_depth = saved_sw;
    c->select_depth = saved_sel;
    c->fallthrough_ok = saved_ft;
}
