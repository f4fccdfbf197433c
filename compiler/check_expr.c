/* check_expr.c — expressions: operands, constants, unary/binary operators, untyped conversion,
 * selectors, index/slice, type assertions, composite and function literals.
 *
 * Invariant: after check_rawexpr(n), n->mode is set; unless MODE_INVALID/NOVALUE/BUILTIN/PKG,
 * n->type is non-NULL; MODE_CONST implies n->cval. Untyped results stay untyped until a
 * consumer calls assign_check / convert_untyped / default_untyped, which rewrite the types of
 * the untyped subtree in place (types2's updateExprType).
 */
#include <stdlib.h>
#include "check_internal.h"

Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN) n = n->paren.x;
    return n;
}

bool is_const(Node *n) { return n->mode == MODE_CONST; }

void set_const(Node *n, Type *t, ConstVal *v) {
    n->mode = MODE_CONST;
    n->type = t;
    n->cval = v;
}

static void invalid(Node *n) {
    n->mode = MODE_INVALID;
    n->type = ty_invalid;
}

void soft_invalid(Node *n) { invalid(n); }

/* ---- expression strings (syntax.String short form) ---- */

static void write_expr(StrBuf *b, Node *n);

static void write_list(StrBuf *b, NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        if (i) sb_puts(b, ", ");
        write_expr(b, l->items[i]);
    }
}

static void write_fields(StrBuf *b, NodeList *l, const char *sep) {
    for (int i = 0; i < l->len; i++) {
        Node *f = l->items[i];
        if (i) sb_puts(b, sep);
        for (int j = 0; j < f->field.names.len; j++) {
            if (j) sb_puts(b, ", ");
            sb_puts(b, f->field.names.items[j]->ident.name);
        }
        if (f->field.names.len) sb_putc(b, ' ');
        write_expr(b, f->field.type);
    }
}

static void write_sig_node(StrBuf *b, Node *ft) {
    sb_putc(b, '(');
    write_fields(b, &ft->functype.params, ", ");
    sb_putc(b, ')');
    NodeList *r = &ft->functype.results;
    if (r->len == 1 && r->items[0]->field.names.len == 0) {
        sb_putc(b, ' ');
        write_expr(b, r->items[0]->field.type);
    } else if (r->len) {
        sb_puts(b, " (");
        write_fields(b, r, ", ");
        sb_putc(b, ')');
    }
}

static void write_expr(StrBuf *b, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case N_IDENT: sb_puts(b, n->ident.name); break;
    case N_BASICLIT: sb_puts(b, n->lit.text); break;
    case N_COMPOSITE:
        if (n->composite.type) write_expr(b, n->composite.type);
        sb_puts(b, n->composite.elts.len ? "{…}" : "{}");
        break;
    case N_KEYVALUE:
        write_expr(b, n->kv.key);
        sb_puts(b, ": ");
        write_expr(b, n->kv.value);
        break;
    case N_FUNCLIT:
        sb_puts(b, "func");
        write_sig_node(b, n->funclit.type);
        sb_puts(b, " {…}");
        break;
    case N_PAREN:
        sb_putc(b, '(');
        write_expr(b, n->paren.x);
        sb_putc(b, ')');
        break;
    case N_SELECTOR:
        write_expr(b, n->selector.x);
        sb_putc(b, '.');
        sb_puts(b, n->selector.sel);
        break;
    case N_INDEX:
        write_expr(b, n->index.x);
        sb_putc(b, '[');
        write_list(b, &n->index.indices);
        sb_putc(b, ']');
        break;
    case N_SLICEEXPR:
        write_expr(b, n->slice.x);
        sb_putc(b, '[');
        write_expr(b, n->slice.lo);
        sb_putc(b, ':');
        write_expr(b, n->slice.hi);
        if (n->slice.slice3) {
            sb_putc(b, ':');
            write_expr(b, n->slice.max);
        }
        sb_putc(b, ']');
        break;
    case N_TYPEASSERT:
        write_expr(b, n->assert.x);
        sb_puts(b, ".(");
        if (n->assert.type) write_expr(b, n->assert.type);
        else sb_puts(b, "type");
        sb_putc(b, ')');
        break;
    case N_CALL:
        write_expr(b, n->call.fun);
        sb_putc(b, '(');
        write_list(b, &n->call.args);
        if (n->call.ellipsis) sb_puts(b, "...");
        sb_putc(b, ')');
        break;
    case N_STAR:
        sb_putc(b, '*');
        write_expr(b, n->star.x);
        break;
    case N_UNARY:
        sb_puts(b, ast_op_text[n->unary.op]);
        write_expr(b, n->unary.x);
        break;
    case N_BINARY:
        write_expr(b, n->binary.x);
        sb_putc(b, ' ');
        sb_puts(b, ast_op_text[n->binary.op]);
        sb_putc(b, ' ');
        write_expr(b, n->binary.y);
        break;
    case N_ARRAYTYPE:
        sb_putc(b, '[');
        if (n->arraytype.dots) sb_puts(b, "...");
        else if (n->arraytype.len) write_expr(b, n->arraytype.len);
        sb_putc(b, ']');
        write_expr(b, n->arraytype.elem);
        break;
    case N_STRUCTTYPE:
        sb_puts(b, "struct{");
        write_fields(b, &n->structtype.fields, "; ");
        sb_putc(b, '}');
        break;
    case N_FUNCTYPE:
        sb_puts(b, "func");
        write_sig_node(b, n);
        break;
    case N_INTERFACETYPE:
        sb_puts(b, "interface{");
        for (int i = 0; i < n->ifacetype.elems.len; i++) {
            Node *f = n->ifacetype.elems.items[i];
            if (i) sb_puts(b, "; ");
            if (f->field.names.len) {
                sb_puts(b, f->field.names.items[0]->ident.name);
                write_sig_node(b, f->field.type);
            } else {
                write_expr(b, f->field.type);
            }
        }
        sb_putc(b, '}');
        break;
    case N_MAPTYPE:
        sb_puts(b, "map[");
        write_expr(b, n->maptype.key);
        sb_putc(b, ']');
        write_expr(b, n->maptype.value);
        break;
    case N_CHANTYPE:
        if (n->chantype.dir == CHAN_RECV) sb_puts(b, "<-chan ");
        else if (n->chantype.dir == CHAN_SEND) sb_puts(b, "chan<- ");
        else sb_puts(b, "chan ");
        write_expr(b, n->chantype.elem);
        break;
    case N_ELLIPSIS:
        sb_puts(b, "...");
        write_expr(b, n->ellipsis.elem);
        break;
    default:
        sb_puts(b, "?");
        break;
    }
}

const char *expr_string(Node *n) {
    StrBuf b;
    sb_init(&b);
    write_expr(&b, n);
    return sb_cstr(&b);
}

const char *operand_string(Checker *c, Node *n) {
    StrBuf b;
    sb_init(&b);
    Node *u = n;
    if (n->mode != MODE_CONST && n->type == ty_untyped_nil) return "nil";
    const char *expr = expr_string(u);
    sb_puts(&b, expr);
    sb_puts(&b, " (");
    bool hastype = false;
    switch (n->mode) {
    case MODE_INVALID: case MODE_NOVALUE: case MODE_BUILTIN: case MODE_TYPEEXPR: case MODE_PKG:
        break;
    default:
        if (n->type) {
            if (is_untyped(n->type)) {
                sb_puts(&b, n->type->name);
                sb_putc(&b, ' ');
            } else {
                hastype = true;
            }
        }
    }
    static const char *const modes[] = {"invalid operand", "no value", "built-in", "type", "constant", "variable",
                                        "map index expression", "value", "comma, ok expression", "package"};
    sb_puts(&b, modes[n->mode]);
    if (n->mode == MODE_CONST && n->cval) {
        const char *s = cv_string_repr(n->cval);
        if (strcmp(s, expr) != 0) {
            sb_putc(&b, ' ');
            sb_puts(&b, s);
        }
    }
    if (hastype) {
        if (n->type != ty_invalid) {
            sb_puts(&b, " of type ");
            Node *un = unparen(n);
            Node *tn = (un->kind == N_IDENT && un->obj && (un->obj->kind == OBJ_VAR || un->obj->kind == OBJ_CONST)) ? un->obj->typenode : NULL;
            if (un->kind == N_IDENT && un->obj && un->obj->kind == OBJ_FUNC && !un->obj->ismethod && un->obj->decl &&
                un->obj->decl->kind == N_FUNCDECL && !un->obj->ntparams)
                tn = un->obj->decl->funcdecl.type;
            sb_puts(&b, tstr_w(c, n->type, tn));
            if (n->type->kind == TY_TYPEPARAM && n->type->constraint) {
                sb_puts(&b, " constrained by ");
                sb_puts(&b, tstr(c, n->type->constraint));
            }
        } else {
            sb_puts(&b, " with invalid type");
        }
    }
    sb_putc(&b, ')');
    return sb_cstr(&b);
}

/* ---- untyped conversion ---- */

static Node *cur_tnode; /* written form of the target type for the assign_check in progress */

static int untyped_rank(Type *t) {
    switch (t->kind) {
    case TY_UNTYPED_INT: return 1;
    case TY_UNTYPED_RUNE: return 2;
    case TY_UNTYPED_FLOAT: return 3;
    default: return 0;
    }
}

/* Is constant v representable as type t? Reports gc's message when report is set. */
bool representable(Checker *c, Node *n, Type *t, ConstVal **out, bool report, const char *ctx) {
    ConstVal *v = n->cval;
    Type *u = t->u;
    if (!u || u->kind == TY_INVALID) return true;
    if (t->kind == TY_TYPEPARAM) {
        Type *ct = t->constraint ? t->constraint->u : NULL;
        if (!ct || !ct->nterms) return false;
        for (int i = 0; i < ct->nterms; i++) {
            ConstVal *r;
            Node tmp = *n;
            if (!representable(c, &tmp, ct->terms[i].type, &r, false, ctx)) {
                if (report)
                    errorf(ast_start_pos(n), "cannot use %s as %s value in %s", operand_string(c, n), tstr_w(c, t, cur_tnode), ctx);
                return false;
            }
        }
        if (out) *out = v;
        return true;
    }
    int k = u->kind;
    bool ok;
    if (k == TY_INTERFACE) {
        if (out) *out = v;
        return true;
    }
    if (k == TY_COMPLEX64 || k == TY_COMPLEX128) ok = false;
    else if (v->kind == CV_BOOL) ok = k == TY_BOOL || k == TY_UNTYPED_BOOL;
    else if (v->kind == CV_STRING) ok = k == TY_STRING || k == TY_UNTYPED_STRING;
    else {
        if (!(u->flags & TF_NUMERIC) && !(k >= TY_UNTYPED_INT && k <= TY_UNTYPED_FLOAT)) ok = false;
        else ok = cv_representable(v, k, out);
    }
    if (!ok && report) {
        bool numeric_target = (u->flags & TF_NUMERIC) != 0;
        bool numeric_val = v->kind == CV_INT || v->kind == CV_FLOAT;
        if (numeric_target && numeric_val) {
            if ((u->flags & TF_INTEGER) && !cv_is_int(v))
                errorf(ast_start_pos(n), "cannot use %s as %s value in %s (truncated)", operand_string(c, n), tstr_w(c, t, cur_tnode), ctx);
            else if (n->mode == MODE_CONST && !is_untyped(n->type) && ctx[0] == 0)
                errorf(ast_start_pos(n), "constant %s overflows %s", cv_string_repr(v), tstr_w(c, t, cur_tnode));
            else
                errorf(ast_start_pos(n), "cannot use %s as %s value in %s (overflows)", operand_string(c, n), tstr_w(c, t, cur_tnode), ctx);
        } else {
            errorf(ast_start_pos(n), "cannot use %s as %s value in %s", operand_string(c, n), tstr_w(c, t, cur_tnode), ctx);
        }
    }
    if (ok && out && !*out) *out = v;
    return ok;
}

/* Set the type of an untyped expression tree to target (after checks by the caller). */
static void update_untyped(Node *n, Type *target) {
    if (!n || !is_untyped(n->type)) return;
    Node *x = n;
    switch (x->kind) {
    case N_PAREN:
        update_untyped(x->paren.x, target);
        break;
    case N_UNARY:
        if (x->unary.op != OP_ARROW && x->unary.op != OP_AND) update_untyped(x->unary.x, target);
        break;
    case N_BINARY: {
        GoOp op = x->binary.op;
        bool cmp = op == OP_EQL || op == OP_NEQ || op == OP_LSS || op == OP_LEQ || op == OP_GTR || op == OP_GEQ;
        if (cmp) break; /* operands were typed independently */
        if (op == OP_SHL || op == OP_SHR) {
            update_untyped(x->binary.x, target);
            break;
        }
        update_untyped(x->binary.x, target);
        update_untyped(x->binary.y, target);
        break;
    }
    default:
        break;
    }
    n->type = target;
}

/* Convert untyped n to target (typed, or another untyped kind). Reports errors. */
void convert_untyped(Checker *c, Node *n, Type *target) {
    if (!n->type || !is_untyped(n->type) || !target || target == ty_invalid || n->mode == MODE_INVALID) return;
    if (is_untyped(target)) {
        if (n->type == ty_untyped_nil || target == ty_untyped_nil) return;
        if (untyped_rank(n->type) && untyped_rank(target) && untyped_rank(target) > untyped_rank(n->type)) {
            if (n->mode == MODE_CONST && target == ty_untyped_float) n->cval = cv_to_float(n->cval);
            update_untyped(n, target);
        }
        return;
    }
    Type *tu = target->u;
    if (n->mode == MODE_CONST) {
        if (tu->kind == TY_INTERFACE && target->kind != TY_TYPEPARAM) {
            convert_untyped(c, n, check_default_type(n->type));
            return;
        }
        ConstVal *r = NULL;
        if (!representable(c, n, target, &r, true, "assignment")) {
            invalid(n);
            return;
        }
        n->cval = r;
        update_untyped(n, target);
        return;
    }
    /* non-constant untyped: bool from comparisons, nil, shifted constants */
    if (n->type == ty_untyped_nil) {
        const char *why;
        if (!is_assignable(c, n->type, target, n, &why)) {
            errorf(ast_start_pos(n), "cannot use nil as %s value in assignment", tstr(c, target));
            invalid(n);
            return;
        }
        n->type = target;
        return;
    }
    if (tu->kind == TY_INTERFACE && target->kind != TY_TYPEPARAM) {
        update_untyped(n, check_default_type(n->type));
        return;
    }
    if (n->type == ty_untyped_bool && !is_boolean(target)) {
        errorf(ast_start_pos(n), "cannot use %s as %s value in assignment", operand_string(c, n), tstr(c, target));
        invalid(n);
        return;
    }
    if (untyped_rank(n->type) && !is_numeric(target)) {
        errorf(ast_start_pos(n), "cannot use %s as %s value in assignment", operand_string(c, n), tstr(c, target));
        invalid(n);
        return;
    }
    /* shifted untyped constant: the shifted operand must become an integer */
    Node *x = unparen(n);
    if (x->kind == N_BINARY && (x->binary.op == OP_SHL || x->binary.op == OP_SHR) && !is_integer(target)) {
        errorf(ast_start_pos(x->binary.x), "invalid operation: shifted operand %s (type %s) must be integer",
               expr_string(x->binary.x), tstr(c, target));
        invalid(n);
        return;
    }
    update_untyped(n, target);
}

void default_untyped(Checker *c, Node *n) {
    if (n->type && is_untyped(n->type) && n->type != ty_untyped_nil) convert_untyped(c, n, check_default_type(n->type));
}

/* The type as written at a declaration when available (aliases byte/rune/any, parameter names),
 * else the type's own string. */
const char *tstr_w(Checker *c, Type *t, Node *tnode) {
    if (tnode && tnode->kind != N_ELLIPSIS && tnode->type == t) return expr_string(tnode);
    return tstr(c, t);
}


bool assign_check_w(Checker *c, Node *n, Type *t, Node *tnode, const char *ctx) {
    Node *saved = cur_tnode;
    cur_tnode = tnode;
    bool r = assign_check(c, n, t, ctx);
    cur_tnode = saved;
    return r;
}

/* Check that checked expression n can be assigned to a variable of type t. */
bool assign_check(Checker *c, Node *n, Type *t, const char *ctx) {
    if (n->mode == MODE_INVALID || !t || t == ty_invalid) return false;
    if (n->mode == MODE_TYPEEXPR) {
        errorf(ast_start_pos(n), "%s (type) is not an expression", expr_string(n));
        return false;
    }
    if (n->mode == MODE_NOVALUE) {
        errorf(ast_start_pos(n), "%s (no value) used as value", expr_string(n));
        return false;
    }
    if (n->mode == MODE_BUILTIN) {
        errorf(ast_start_pos(n), "%s (built-in) must be called", expr_string(n));
        return false;
    }
    if (n->type && n->type->kind == TY_TUPLE) {
        errorf(ast_start_pos(n), "multiple-value %s (value of type %s) in single-value context", expr_string(n),
               tstr(c, n->type));
        return false;
    }
    if (n->flags & NF_GENERIC_FUNC) {
        errorf(ast_start_pos(n), "cannot use generic function %s without instantiation", expr_string(n));
        return false;
    }
    if (is_untyped(n->type)) {
        if (n->mode == MODE_CONST && !(t->u->kind == TY_INTERFACE && t->kind != TY_TYPEPARAM)) {
            const char *why;
            if (!is_assignable(c, n->type, t, n, &why)) {
                errorf(ast_start_pos(n), "cannot use %s as %s value in %s", operand_string(c, n), tstr_w(c, t, cur_tnode), ctx);
                return false;
            }
            ConstVal *r = NULL;
            if (!representable(c, n, t, &r, true, ctx)) return false;
            n->cval = r;
            update_untyped(n, t);
            return true;
        }
        if (n->type == ty_untyped_nil) {
            const char *why;
            if (!is_assignable(c, n->type, t, n, &why)) {
                errorf(ast_start_pos(n), "cannot use nil as %s value in %s", tstr_w(c, t, cur_tnode), ctx);
                return false;
            }
            n->type = t;
            return true;
        }
        Type *target = (t->u->kind == TY_INTERFACE && t->kind != TY_TYPEPARAM) ? check_default_type(n->type) : t;
        const char *why;
        if (!is_assignable(c, n->type, target, n, &why)) {
            errorf(ast_start_pos(n), "cannot use %s as %s value in %s", operand_string(c, n), tstr_w(c, t, cur_tnode), ctx);
            return false;
        }
        convert_untyped(c, n, target);
        if (n->mode == MODE_INVALID) return false;
        if (target != t) {
            /* untyped value boxed into an interface: check its default type implements t */
            if (!is_assignable(c, target, t, n, &why)) {
                errorf(ast_start_pos(n), "cannot use %s as %s value in %s: %s", operand_string(c, n), tstr_w(c, t, cur_tnode), ctx,
                       why ? why : "");
                return false;
            }
        }
        return true;
    }
    const char *why = NULL;
    if (!is_assignable(c, n->type, t, n, &why)) {
        if (why)
            errorf(ast_start_pos(n), "cannot use %s as %s value in %s: %s", operand_string(c, n), tstr_w(c, t, cur_tnode), ctx, why);
        else
            errorf(ast_start_pos(n), "cannot use %s as %s value in %s", operand_string(c, n), tstr_w(c, t, cur_tnode), ctx);
        return false;
    }
    return true;
}

/* ---- identifiers ---- */

static void capture(Checker *c, Object *o) {
    if (!c->fn || o->global || o->depth <= 0 || o->depth >= c->fn->depth) return;
    o->captured = true;
    for (FuncInfo *f = c->fn; f && f->depth > o->depth; f = f->outer) {
        bool have = false;
        for (int i = 0; i < f->captures.len; i++)
            if (f->captures.items[i] == o) { have = true; break; }
        if (!have) vec_push(&f->captures, o);
    }
}

static void check_ident(Checker *c, Node *n, bool allow_type) {
    const char *name = n->ident.name;
    if (name[0] == '_' && name[1] == 0) {
        errorf(n->pos, "cannot use _ as value or type");
        invalid(n);
        return;
    }
    Object *o = scope_lookup(c->scope, name, NULL);
    if (!o) {
        errorf(n->pos, "undefined: %s", name);
        invalid(n);
        return;
    }
    n->obj = o;
    if (!(n->flags & NF_LHS)) o->used = true;
    if (o->state != 2) resolve_obj(c, o);
    switch (o->kind) {
    case OBJ_VAR:
        n->mode = MODE_VAR;
        n->type = o->type ? o->type : ty_invalid;
        if (n->type == ty_invalid) n->mode = MODE_INVALID;
        if (o->global) record_dep(c, o);
        else capture(c, o);
        break;
    case OBJ_CONST:
        if (o->builtin == -1) {
            if (!c->iota) {
                errorf(n->pos, "cannot use iota outside constant declaration");
                invalid(n);
                return;
            }
            set_const(n, ty_untyped_int, c->iota);
            return;
        }
        if (!o->type || o->type == ty_invalid || !o->cval) {
            invalid(n);
            return;
        }
        set_const(n, o->type, o->cval);
        break;
    case OBJ_TYPE:
        if (!o->type) {
            errorf(n->pos, "invalid recursive type %s", name);
            invalid(n);
            return;
        }
        if (o->type->kind == TY_COMPLEX64 || o->type->kind == TY_COMPLEX128) {
            errorf(n->pos, "goro: unsupported: complex numbers");
            invalid(n);
            return;
        }
        n->mode = MODE_TYPEEXPR;
        n->type = o->type;
        if (!allow_type) {
            errorf(n->pos, "%s (type) is not an expression", name);
            invalid(n);
        }
        break;
    case OBJ_FUNC:
        n->mode = MODE_VALUE;
        n->type = o->type ? o->type : ty_invalid;
        if (n->type == ty_invalid) n->mode = MODE_INVALID;
        if (o->ntparams) n->flags |= NF_GENERIC_FUNC;
        record_dep(c, o);
        break;
    case OBJ_BUILTIN:
        n->mode = MODE_BUILTIN;
        n->type = ty_invalid;
        if (o->builtin == BI_COMPLEX || o->builtin == BI_REAL || o->builtin == BI_IMAG) {
            errorf(n->pos, "goro: unsupported: complex numbers");
            invalid(n);
        }
        break;
    case OBJ_NIL:
        n->mode = MODE_VALUE;
        n->type = ty_untyped_nil;
        break;
    case OBJ_PKGNAME:
        o->used = false; /* gc also reports the import as unused */
        errorf(n->pos, "use of package %s not in selector", name);
        invalid(n);
        break;
    default:
        invalid(n);
    }
}

/* ---- literals ---- */

static void check_basiclit(Checker *c, Node *n) {
    switch (n->lit.lit) {
    case LIT_INT: {
        ConstVal *v = cv_parse_int(n->lit.text);
        if (!v) { errorf(n->pos, "invalid integer literal %s", n->lit.text); invalid(n); return; }
        if (cv_overflowed(v)) { errorf(n->pos, "integer constant overflow"); invalid(n); return; }
        set_const(n, ty_untyped_int, v);
        return;
    }
    case LIT_FLOAT: {
        ConstVal *v = cv_parse_float(n->lit.text);
        if (!v) { errorf(n->pos, "invalid floating-point literal %s", n->lit.text); invalid(n); return; }
        set_const(n, ty_untyped_float, v);
        return;
    }
    case LIT_RUNE:
        set_const(n, ty_untyped_rune, cv_int64(n->lit.rune));
        return;
    case LIT_STRING:
        set_const(n, ty_untyped_string, cv_string(n->lit.str, n->lit.len));
        return;
    case LIT_IMAG:
        errorf(n->pos, "goro: unsupported: complex numbers");
        invalid(n);
        return;
    }
    (void)c;
}

/* ---- unary ---- */

static Object *root_var(Node *n) {
    n = unparen(n);
    while (n) {
        if (n->kind == N_IDENT) return n->obj && n->obj->kind == OBJ_VAR ? n->obj : NULL;
        if (n->kind == N_SELECTOR) {
            Selection *s = n->info;
            if (s && (s->xptr || (s->derefs && s->npath && s->derefs[0]))) return NULL;
            n = unparen(n->selector.x);
            continue;
        }
        if (n->kind == N_INDEX) {
            Type *xt = n->index.x->type;
            if (xt && xt->u && xt->u->kind == TY_ARRAY) {
                n = unparen(n->index.x);
                continue;
            }
            return NULL;
        }
        return NULL;
    }
    return NULL;
}

static bool addressable(Node *n) {
    n = unparen(n);
    if (n->mode != MODE_VAR) return false;
    return true;
}

static void mark_addrtaken(Node *x) {
    Object *o = root_var(x);
    if (o && !o->global) o->addrtaken = true;
}

static void check_unary(Checker *c, Node *n, Type *hint) {
    GoOp op = n->unary.op;
    Node *x = n->unary.x;
    if (op == OP_AND) {
        Node *ux = unparen(x);
        if (ux->kind == N_COMPOSITE) {
            Type *h = hint && hint->u && hint->u->kind == TY_POINTER ? hint->u->elem : NULL;
            check_composite(c, ux, h);
            if (x != ux) { x->mode = ux->mode; x->type = ux->type; }
            if (ux->mode == MODE_INVALID) { invalid(n); return; }
            n->mode = MODE_VALUE;
            n->type = types_pointer(ux->type);
            return;
        }
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) { invalid(n); return; }
        if (!addressable(x)) {
            errorf(ast_start_pos(x), "invalid operation: cannot take address of %s", operand_string(c, x));
            invalid(n);
            return;
        }
        mark_addrtaken(x);
        n->mode = MODE_VALUE;
        n->type = types_pointer(x->type);
        return;
    }
    if (op == OP_ARROW) {
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) { invalid(n); return; }
        Type *ct = core_type(x->type);
        if (!ct || ct->kind != TY_CHAN) {
            errorf(n->pos, "invalid operation: cannot receive from non-channel %s", operand_string(c, x));
            invalid(n);
            return;
        }
        if (ct->dir == CHAN_SEND) {
            errorf(n->pos, "invalid operation: cannot receive from send-only channel %s", operand_string(c, x));
            invalid(n);
            return;
        }
        n->mode = MODE_COMMAOK;
        n->type = ct->elem;
        return;
    }
    if (op == OP_TILDE) {
        errorf(n->pos, "cannot use ~ outside of interface or type constraint");
        invalid(n);
        return;
    }
    check_expr(c, x, hint);
    if (x->mode == MODE_INVALID) { invalid(n); return; }
    Type *t = x->type;
    bool ok;
    switch (op) {
    case OP_ADD: case OP_SUB: ok = is_numeric(t); break;
    case OP_XOR: ok = is_integer(t); break;
    case OP_NOT: ok = is_boolean(t); break;
    default: ok = false;
    }
    if (!ok) {
        errorf(ast_start_pos(x), "invalid operation: operator %s not defined on %s", ast_op_text[op], operand_string(c, x));
        invalid(n);
        return;
    }
    if (x->mode == MODE_CONST) {
        int ubits = 0;
        if (!is_untyped(t) && is_unsigned(t)) {
            types_layout(t);
            switch (t->u->kind) {
            case TY_UINT8: ubits = 8; break;
            case TY_UINT16: ubits = 16; break;
            case TY_UINT32: ubits = 32; break;
            default: ubits = 64;
            }
        }
        ConstVal *v = cv_unary(op, x->cval, ubits);
        if (!v) { invalid(n); return; }
        set_const(n, t, v);
        if (!is_untyped(t)) {
            ConstVal *r = NULL;
            if (!representable(c, n, t, &r, false, "")) {
                errorf(ast_start_pos(n), "constant %s overflows %s", cv_string_repr(v), tstr(c, t));
                invalid(n);
                return;
            }
            n->cval = r;
        }
        return;
    }
    n->mode = MODE_VALUE;
    n->type = t;
}

/* ---- binary ---- */

static bool is_comparison(GoOp op) {
    return op == OP_EQL || op == OP_NEQ || op == OP_LSS || op == OP_LEQ || op == OP_GTR || op == OP_GEQ;
}

static bool ordered(Type *t) {
    if (t->kind == TY_TYPEPARAM) {
        Type *ct = t->constraint ? t->constraint->u : NULL;
        if (!ct || !ct->nterms) return false;
        for (int i = 0; i < ct->nterms; i++)
            if (!ordered(ct->terms[i].type)) return false;
        return true;
    }
    types_layout(t);
    return t->u && (t->u->flags & TF_ORDERED);
}

static bool has_nil(Type *t) {
    if (t->kind == TY_TYPEPARAM) {
        Type *core = core_type(t);
        return core && has_nil(core);
    }
    switch (t->u->kind) {
    case TY_POINTER: case TY_FUNC: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_INTERFACE: case TY_UNSAFEPTR:
        return true;
    default:
        return false;
    }
}

/* Make x and y have compatible types for a binary operation: if one is untyped, convert it to
 * the other's type. Returns false (and reports) on failure. */
static bool match_types(Checker *c, Node *n, Node *x, Node *y) {
    bool xu = is_untyped(x->type), yu = is_untyped(y->type);
    if (xu && !yu) {
        Type *t = y->type;
        if (x->type == ty_untyped_nil) {
            if (!has_nil(t)) goto mismatch;
            x->type = t;
            return true;
        }
        if (x->mode == MODE_CONST) {
            bool kind_ok;
            Type *tu = core_type(t);
            if (t->u->kind == TY_INTERFACE && t->kind != TY_TYPEPARAM) {
                convert_untyped(c, x, check_default_type(x->type));
                return x->mode != MODE_INVALID;
            }
            if (!tu) kind_ok = t->kind == TY_TYPEPARAM;
            else if (x->cval->kind == CV_BOOL) kind_ok = is_boolean(t);
            else if (x->cval->kind == CV_STRING) kind_ok = is_string(t);
            else kind_ok = is_numeric(t);
            if (!kind_ok) goto mismatch;
            ConstVal *r = NULL;
            if (!representable(c, x, t, &r, false, "")) {
                if (is_integer(t) && !cv_is_int(x->cval))
                    errorf(ast_start_pos(x), "%s truncated to %s", operand_string(c, x), tstr(c, t));
                else if (is_numeric(t))
                    errorf(ast_start_pos(x), "%s overflows %s", operand_string(c, x), tstr(c, t));
                else
                    goto mismatch;
                return false;
            }
            x->cval = r;
            update_untyped(x, t);
            return true;
        }
        /* untyped non-constant (bool, shift) */
        if (x->type == ty_untyped_bool && !is_boolean(t)) goto mismatch;
        if (untyped_rank(x->type) && !is_numeric(t)) goto mismatch;
        convert_untyped(c, x, t);
        return x->mode != MODE_INVALID;
    }
    if (yu && !xu) return match_types(c, n, y, x);
    if (xu && yu) {
        if (x->type == ty_untyped_nil || y->type == ty_untyped_nil) return true;
        int rx = untyped_rank(x->type), ry = untyped_rank(y->type);
        if (rx && ry) {
            if (rx < ry) convert_untyped(c, x, y->type);
            else if (ry < rx) convert_untyped(c, y, x->type);
        }
        return true;
    }
    return true;
mismatch:
    (void)n;
    return true; /* the identity check in the caller reports the mismatch */
}

static ConstVal *fold_binary(Checker *c, Node *n, GoOp op, Node *x, Node *y, Type *t) {
    bool intdiv = is_integer(t) || (is_untyped(t) && x->cval->kind == CV_INT && y->cval->kind == CV_INT &&
                                    t != ty_untyped_float);
    if ((op == OP_QUO || op == OP_REM) && cv_sign(y->cval) == 0 && y->cval->kind != CV_STRING && y->cval->kind != CV_BOOL) {
        errorf(ast_start_pos(y), "invalid operation: division by zero");
        return NULL;
    }
    ConstVal *v = cv_binary(op, x->cval, y->cval, intdiv);
    if (!v) return NULL;
    if (cv_overflowed(v)) {
        errorf(ast_start_pos(n), "constant %s overflow", op == OP_MUL ? "multiplication" : op == OP_ADD ? "addition" : op == OP_SUB ? "subtraction" : "arithmetic");
        return NULL;
    }
    if (!is_untyped(t) && t->kind != TY_TYPEPARAM) {
        ConstVal *r = NULL;
        Node tmp = *n;
        tmp.cval = v;
        tmp.type = t;
        if (!representable(c, &tmp, t, &r, false, "")) {
            tmp.mode = MODE_CONST;
            errorf(ast_start_pos(n), "%s overflows %s", operand_string(c, &tmp), tstr(c, t));
            return NULL;
        }
        v = r;
    }
    return v;
}

static void check_shift(Checker *c, Node *n, Node *x, Node *y) {
    /* y: must be integer (or untyped constant representable as uint) */
    if (y->mode == MODE_CONST) {
        if (!cv_is_int(y->cval) || (!is_untyped(y->type) && !is_integer(y->type))) {
            errorf(ast_start_pos(y), "invalid operation: shift count %s must be integer", operand_string(c, y));
            invalid(n);
            return;
        }
        if (cv_sign(y->cval) < 0) {
            errorf(ast_start_pos(y), "invalid operation: negative shift count %s", operand_string(c, y));
            invalid(n);
            return;
        }
        if (is_untyped(y->type)) {
            ConstVal *iv = cv_to_int(y->cval);
            y->cval = iv;
            update_untyped(y, ty_uint);
        }
    } else {
        if (is_untyped(y->type)) convert_untyped(c, y, ty_uint);
        if (!is_integer(y->type)) {
            errorf(ast_start_pos(y), "invalid operation: shift count %s must be integer", operand_string(c, y));
            invalid(n);
            return;
        }
    }
    if (x->mode == MODE_CONST) {
        if (is_untyped(x->type)) {
            if (!cv_is_int(x->cval)) {
                errorf(ast_start_pos(x), "invalid operation: shifted operand %s must be integer", operand_string(c, x));
                invalid(n);
                return;
            }
        } else if (!is_integer(x->type)) {
            errorf(ast_start_pos(x), "invalid operation: shifted operand %s must be integer", operand_string(c, x));
            invalid(n);
            return;
        }
        if (y->mode == MODE_CONST) {
            ConstVal *cnt = cv_to_int(y->cval);
            if (!cv_fits_uint64(cnt) || cv_uint64_val(cnt) > 10000) {
                errorf(ast_start_pos(y), "invalid shift count %s", operand_string(c, y));
                invalid(n);
                return;
            }
            ConstVal *xv = cv_to_int(x->cval);
            ConstVal *v = cv_shift(n->binary.op, xv, cv_uint64_val(cnt));
            if (!v || cv_overflowed(v)) {
                errorf(ast_start_pos(n), "constant shift overflow");
                invalid(n);
                return;
            }
            Type *t = x->type;
            if (is_untyped(t) && t == ty_untyped_float) t = ty_untyped_int;
            if (!is_untyped(t)) {
                ConstVal *r = NULL;
                Node tmp = *n;
                tmp.cval = v;
                if (!representable(c, &tmp, t, &r, false, "")) {
                    errorf(ast_start_pos(n), "constant %s overflows %s", cv_string_repr(v), tstr(c, t));
                    invalid(n);
                    return;
                }
                v = r;
            }
            set_const(n, t, v);
            return;
        }
        /* non-constant shift of an untyped constant: type from context (stays untyped) */
        if (is_untyped(x->type)) {
            x->cval = cv_to_int(x->cval);
            if (x->type == ty_untyped_float) x->type = ty_untyped_int;
            n->mode = MODE_VALUE;
            n->type = x->type;
            return;
        }
    }
    if (!is_integer(x->type)) {
        errorf(ast_start_pos(x), "invalid operation: shifted operand %s must be integer", operand_string(c, x));
        invalid(n);
        return;
    }
    n->mode = MODE_VALUE;
    n->type = x->type;
}

static void check_binary(Checker *c, Node *n, Type *hint) {
    GoOp op = n->binary.op;
    Node *x = n->binary.x, *y = n->binary.y;
    check_expr(c, x, NULL);
    check_expr(c, y, NULL);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) { invalid(n); return; }
    if (op == OP_SHL || op == OP_SHR) {
        check_shift(c, n, x, y);
        return;
    }
    if (!match_types(c, n, x, y)) { invalid(n); return; }
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) { invalid(n); return; }
    if (is_comparison(op)) {
        Type *xt = x->type, *yt = y->type;
        const char *why = NULL;
        bool ok = true;
        bool xnil = xt == ty_untyped_nil || (x->kind == N_IDENT && x->obj && x->obj->kind == OBJ_NIL);
        bool ynil = yt == ty_untyped_nil || (y->kind == N_IDENT && y->obj && y->obj->kind == OBJ_NIL);
        const char *r1, *r2;
        if (!is_assignable(c, xt, yt, x, &r1) && !is_assignable(c, yt, xt, y, &r2)) {
            errorf(ast_start_pos(x), "invalid operation: %s (mismatched types %s and %s)", expr_string(n), tstr(c, xt),
                   tstr(c, yt));
            invalid(n);
            return;
        }
        if (op == OP_EQL || op == OP_NEQ) {
            if (xnil || ynil) {
                Type *other = xnil ? yt : xt;
                if (xnil && ynil) {
                    errorf(n->pos, "invalid operation: %s (operator %s not defined on nil)", expr_string(n), ast_op_text[op]);
                    invalid(n);
                    return;
                }
                if (!has_nil(other)) ok = false;
            } else if (!type_comparable(xt)) {
                ok = false;
                Node *bad = x;
                Type *bt = xt;
                if (xt->u->kind == TY_SLICE) why = "slice can only be compared to nil";
                else if (xt->u->kind == TY_MAP) why = "map can only be compared to nil";
                else if (xt->u->kind == TY_FUNC) why = "func can only be compared to nil";
                else {
                    StrBuf b;
                    sb_init(&b);
                    sb_printf(&b, "incomparable types in type set");
                    if (xt->u->kind == TY_STRUCT) {
                        Type *bad = NULL;
                        for (int fi = 0; fi < xt->u->nfields && !bad; fi++)
                            if (!type_comparable(xt->u->fields[fi].type)) bad = xt->u->fields[fi].type;
                        b.len = 0;
                        sb_printf(&b, "struct containing %s cannot be compared", bad ? tstr(c, bad) : "?");
                    } else if (xt->u->kind == TY_ARRAY) {
                        b.len = 0;
                        sb_printf(&b, "%s cannot be compared", tstr(c, xt));
                    }
                    why = sb_cstr(&b);
                }
                (void)bad;
                (void)bt;
            } else if (!type_comparable(yt)) {
                ok = false;
            }
        } else {
            if (!ordered(xt)) {
                ok = false;
                StrBuf b;
                sb_init(&b);
                if (xt->kind == TY_TYPEPARAM) sb_printf(&b, "type parameter %s is not comparable with %s", xt->name, ast_op_text[op]);
                else sb_printf(&b, "operator %s not defined on %s", ast_op_text[op], operand_string(c, x));
                errorf(ast_start_pos(x), "invalid operation: %s (%s)", expr_string(n), sb_cstr(&b));
                invalid(n);
                return;
            }
        }
        if (!ok) {
            if (why)
                errorf(ast_start_pos(x), "invalid operation: %s (%s)", expr_string(n), why);
            else
                errorf(ast_start_pos(x), "invalid operation: %s (mismatched types %s and %s)", expr_string(n), tstr(c, xt),
                       tstr(c, yt));
            invalid(n);
            return;
        }
        if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
            set_const(n, ty_untyped_bool, cv_bool(cv_compare(op, x->cval, y->cval)));
            return;
        }
        /* operands of a non-constant comparison take their default types */
        default_untyped(c, x);
        default_untyped(c, y);
        n->mode = MODE_VALUE;
        n->type = ty_untyped_bool;
        return;
    }
    Type *xt = x->type, *yt = y->type;
    if (is_untyped(xt) && is_untyped(yt) && xt != yt && (!untyped_rank(xt) || !untyped_rank(yt))) {
        errorf(ast_start_pos(x), "invalid operation: %s (mismatched types %s and %s)", expr_string(n), tstr(c, xt), tstr(c, yt));
        invalid(n);
        return;
    }
    if (xt != yt && !(is_untyped(xt) && is_untyped(yt))) {
        errorf(ast_start_pos(x), "invalid operation: %s (mismatched types %s and %s)", expr_string(n), tstr(c, xt),
               tstr(c, yt));
        invalid(n);
        return;
    }
    Type *t = xt;
    if (is_untyped(xt) && is_untyped(yt) && untyped_rank(yt) > untyped_rank(xt)) t = yt;
    bool ok;
    switch (op) {
    case OP_ADD: ok = is_numeric(t) || is_string(t); break;
    case OP_SUB: case OP_MUL: case OP_QUO: ok = is_numeric(t); break;
    case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT: ok = is_integer(t); break;
    case OP_LAND: case OP_LOR: ok = is_boolean(t); break;
    default: ok = false;
    }
    if (op == OP_REM && !ok && x->mode == MODE_CONST && y->mode == MODE_CONST && is_untyped(t) && cv_is_int(x->cval) &&
        cv_is_int(y->cval)) {
        ok = true;
    }
    if (!ok) {
        errorf(ast_start_pos(x), "invalid operation: operator %s not defined on %s", ast_op_text[op], operand_string(c, x));
        invalid(n);
        return;
    }
    if ((op == OP_QUO || op == OP_REM) && y->mode == MODE_CONST && is_integer(t) && cv_sign(y->cval) == 0) {
        errorf(ast_start_pos(y), "invalid operation: division by zero");
        invalid(n);
        return;
    }
    if ((op == OP_QUO) && y->mode == MODE_CONST && x->mode != MODE_CONST && cv_sign(y->cval) == 0 && is_numeric(t) &&
        (is_integer(t) || is_untyped(t))) {
        errorf(ast_start_pos(y), "invalid operation: division by zero");
        invalid(n);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        ConstVal *v = fold_binary(c, n, op, x, y, t);
        if (!v) { invalid(n); return; }
        set_const(n, t, v);
        return;
    }
    (void)hint;
    n->mode = MODE_VALUE;
    n->type = t;
}

/* ---- selectors ---- */

void check_selector(Checker *c, Node *n, bool allow_type) {
    Node *x = n->selector.x;
    const char *sel = intern(n->selector.sel);
    n->selector.sel = sel;
    if (x->kind == N_IDENT) {
        Object *po = scope_lookup(c->scope, x->ident.name, NULL);
        if (po && po->kind == OBJ_PKGNAME) {
            po->used = true;
            x->obj = po;
            x->mode = MODE_PKG;
            if (po->cinfo == (void *)1) { /* unsupported package: already reported */
                invalid(n);
                return;
            }
            Pkg *p = po->imported;
            Object *o = scope_lookup_local(p->scope, sel);
            bool exp = sel[0] >= 'A' && sel[0] <= 'Z';
            if (!o || !exp) {
                if (o && !exp) errorf(n->selector.selpos, "name %s not exported by package %s", sel, p->name);
                else errorf(n->selector.selpos, "undefined: %s.%s", x->ident.name, sel);
                invalid(n);
                return;
            }
            n->obj = o;
            Selection *s = NEW(Selection);
            s->kind = SEL_PKG;
            s->obj = o;
            n->info = s;
            switch (o->kind) {
            case OBJ_CONST: set_const(n, o->type, o->cval); break;
            case OBJ_VAR: n->mode = MODE_VAR; n->type = o->type; break;
            case OBJ_FUNC:
                n->mode = MODE_VALUE;
                n->type = o->type;
                if (o->ntparams) n->flags |= NF_GENERIC_FUNC;
                break;
            case OBJ_TYPE:
                n->mode = MODE_TYPEEXPR;
                n->type = o->type;
                if (!allow_type) {
                    errorf(ast_start_pos(n), "%s (type) is not an expression", expr_string(n));
                    invalid(n);
                }
                break;
            default: invalid(n);
            }
            return;
        }
    }
    check_rawexpr(c, x, NULL, true, false);
    if (x->mode == MODE_INVALID) { invalid(n); return; }
    if (x->mode == MODE_TYPEEXPR) {
        /* method expression T.m or (*T).m */
        Type *T = x->type;
        Selection *s = NEW(Selection);
        bool amb = false, ind = false;
        Object *m = lookup_field_or_method(T, sel, c->pkg, s, &amb, &ind);
        if (!m || (s->kind != SEL_METHOD && s->kind != SEL_IFACEMETHOD)) {
            errorf(n->selector.selpos, "%s.%s undefined (type %s has no method %s)", expr_string(x), sel, tstr(c, T), sel);
            invalid(n);
            return;
        }
        Type *sig;
        if (s->kind == SEL_METHOD) {
            sig = m->type;
            Type *rb = s->recvbase;
            if (rb && rb->kind == TY_NAMED && rb->orig) sig = check_subst(sig, rb->orig->tparams, rb->targs, rb->ntargs);
            bool ptrrecv = m->recv && m->recv->kind == TY_POINTER;
            if (ptrrecv && T->kind != TY_POINTER && !ind) {
                errorf(n->selector.selpos, "invalid method expression %s.%s (needs pointer receiver (*%s).%s)", expr_string(x), sel,
                       expr_string(x), sel);
                invalid(n);
                return;
            }
        } else {
            sig = m->type;
        }
        s->kind = SEL_METHODEXPR;
        s->sig = sig;
        s->xptr = T->kind == TY_POINTER;
        Type **ps = NEWARR(Type *, sig->nparams + 1);
        ps[0] = T;
        for (int i = 0; i < sig->nparams; i++) ps[i + 1] = sig->params[i];
        n->info = s;
        n->mode = MODE_VALUE;
        n->type = types_func(ps, sig->nparams + 1, sig->results, sig->nresults, sig->variadic);
        return;
    }
    if (x->mode == MODE_NOVALUE || x->mode == MODE_BUILTIN) {
        errorf(ast_start_pos(x), "%s is not an expression", expr_string(x));
        invalid(n);
        return;
    }
    if (x->type && x->type->kind == TY_TUPLE) {
        errorf(ast_start_pos(x), "multiple-value %s (value of type %s) in single-value context", expr_string(x), tstr(c, x->type));
        invalid(n);
        return;
    }
    Type *T = x->type;
    if (is_untyped(T)) {
        default_untyped(c, x);
        T = x->type;
    }
    Selection *s = NEW(Selection);
    bool amb = false, ind = false;
    Object *m = NULL;
    if (T->kind == TY_POINTER || T->kind != TY_NAMED || T->u->kind != TY_POINTER)
        m = lookup_field_or_method(T, sel, c->pkg, s, &amb, &ind);
    if (amb) {
        errorf(n->selector.selpos, "ambiguous selector %s", expr_string(n));
        invalid(n);
        return;
    }
    if (!m) {
        Type *base = T->kind == TY_POINTER ? T->elem : T;
        if (T->u && T->u->kind == TY_POINTER && T->u->elem->u && T->u->elem->u->kind == TY_POINTER)
            errorf(n->selector.selpos, "%s undefined (type %s has no field or method %s)", expr_string(n), tstr(c, T), sel);
        else if (base->u && base->u->kind == TY_INTERFACE && T->kind == TY_POINTER)
            errorf(n->selector.selpos, "%s undefined (type %s is pointer to interface, not interface)", expr_string(n), tstr(c, T));
        else {
            /* a field/method with different capitalisation? */
            Selection s2;
            bool a2, i2;
            char alt[256];
            snprintf(alt, sizeof alt, "%s", sel);
            if (alt[0] >= 'a' && alt[0] <= 'z') alt[0] = (char)(alt[0] - 32);
            else if (alt[0] >= 'A' && alt[0] <= 'Z') alt[0] = (char)(alt[0] + 32);
            Object *o2 = lookup_field_or_method(T, intern(alt), NULL, &s2, &a2, &i2);
            if (o2 && strcmp(alt, sel) != 0)
                errorf(n->selector.selpos, "%s undefined (type %s has no field or method %s, but does have %s%s)", expr_string(n),
                       tstr(c, T), sel, o2->isfield ? "field " : "", alt);
            else
                errorf(n->selector.selpos, "%s undefined (type %s has no field or method %s)", expr_string(n), tstr(c, T), sel);
        }
        invalid(n);
        return;
    }
    s->xptr = T->kind == TY_POINTER || (T->kind == TY_TYPEPARAM && core_type(T) && core_type(T)->kind == TY_POINTER);
    n->info = s;
    n->obj = m;
    if (s->kind == SEL_FIELD) {
        bool viaptr = s->xptr;
        for (int i = 0; i + 1 < s->npath; i++)
            if (s->derefs[i]) viaptr = true;
        n->mode = (viaptr || x->mode == MODE_VAR) ? MODE_VAR : MODE_VALUE;
        n->type = m->type;
        return;
    }
    if (s->kind == SEL_IFACEMETHOD) {
        n->mode = MODE_VALUE;
        n->type = m->type;
        s->sig = m->type;
        return;
    }
    /* concrete method */
    Type *sig = m->type;
    Type *rb = s->recvbase;
    if (rb && rb->kind == TY_NAMED && rb->orig) sig = check_subst(sig, rb->orig->tparams, rb->targs, rb->ntargs);
    s->sig = sig;
    bool ptrrecv = m->recv && m->recv->kind == TY_POINTER;
    bool havepointer = s->xptr;
    for (int i = 0; i < s->npath; i++)
        if (s->derefs[i]) havepointer = true; /* last embedded step was a pointer */
    bool lastptr = s->npath ? s->derefs[s->npath - 1] : s->xptr;
    if (ptrrecv) {
        if (!lastptr) {
            if (!havepointer && x->mode != MODE_VAR) {
                errorf(n->selector.selpos, "cannot call pointer method %s on %s", sel, tstr(c, T));
                invalid(n);
                return;
            }
            s->recv_addr = true;
            if (!s->xptr) mark_addrtaken(x);
        }
    } else if (lastptr) {
        s->recv_deref = true;
    }
    n->mode = MODE_VALUE;
    n->type = sig;
}

/* ---- index and slice ---- */

static bool check_index_value(Checker *c, Node *ix, int64_t length, int64_t *out) {
    check_expr(c, ix, NULL);
    if (ix->mode == MODE_INVALID) return false;
    if (ix->mode == MODE_CONST) {
        if (is_untyped(ix->type)) {
            if (!cv_is_int(ix->cval)) {
                errorf(ast_start_pos(ix), "invalid argument: index %s must be integer", operand_string(c, ix));
                return false;
            }
            ConstVal *iv = cv_to_int(ix->cval);
            if (!cv_representable(iv, TY_INT, NULL)) {
                errorf(ast_start_pos(ix), "invalid argument: index %s overflows int", operand_string(c, ix));
                return false;
            }
            ix->cval = iv;
            update_untyped(ix, ty_int);
        } else if (!is_integer(ix->type)) {
            errorf(ast_start_pos(ix), "invalid argument: index %s must be integer", operand_string(c, ix));
            return false;
        }
        if (cv_sign(ix->cval) < 0) {
            errorf(ast_start_pos(ix), "invalid argument: index %s must not be negative", operand_string(c, ix));
            return false;
        }
        int64_t v = cv_int64_val(ix->cval);
        if (length >= 0 && v >= length) {
            errorf(ast_start_pos(ix), "invalid argument: index %s out of bounds [0:%lld]", cv_string_repr(ix->cval), (long long)length);
            return false;
        }
        if (out) *out = v;
        return true;
    }
    default_untyped(c, ix);
    if (!is_integer(ix->type)) {
        errorf(ast_start_pos(ix), "invalid argument: index %s must be integer", operand_string(c, ix));
        return false;
    }
    if (out) *out = -1;
    return true;
}

static void check_index(Checker *c, Node *n, bool allow_type) {
    Node *x = n->index.x;
    check_rawexpr(c, x, NULL, true, false);
    if (x->mode == MODE_INVALID) { invalid(n); return; }
    if (x->mode == MODE_TYPEEXPR) {
        /* generic type instantiation in expression position */
        Type *t = check_typexpr(c, n);
        if (t == ty_invalid) { invalid(n); return; }
        n->mode = MODE_TYPEEXPR;
        n->type = t;
        if (!allow_type) {
            errorf(ast_start_pos(n), "%s (type) is not an expression", expr_string(n));
            invalid(n);
        }
        return;
    }
    if (x->flags & NF_GENERIC_FUNC) {
        /* explicit instantiation f[T1, T2] */
        Object *fo = x->kind == N_SELECTOR ? x->obj : x->obj;
        int na = n->index.indices.len;
        Type **ta = NEWARR(Type *, na);
        for (int i = 0; i < na; i++) {
            ta[i] = check_typexpr(c, n->index.indices.items[i]);
            if (ta[i] == ty_invalid) { invalid(n); return; }
        }
        if (na > fo->ntparams) {
            errorf(ast_start_pos(n->index.indices.items[fo->ntparams]), "got %d type arguments but %s has %d type parameters", na,
                   expr_string(x), fo->ntparams);
            invalid(n);
            return;
        }
        CallInfo *ci = NEW(CallInfo);
        ci->generic = fo;
        ci->targs = ta;
        ci->ntargs = na;
        n->info = ci;
        if (na < fo->ntparams) {
            /* partial instantiation: the call will infer the rest */
            n->mode = MODE_VALUE;
            n->type = fo->type;
            n->flags |= NF_GENERIC_FUNC;
            n->obj = fo;
            return;
        }
        Type *sig = instantiate_func(c, fo, ta, na, n->pos);
        if (!sig) { invalid(n); return; }
        n->obj = fo;
        n->mode = MODE_VALUE;
        n->type = sig;
        return;
    }
    if (n->index.indices.len != 1) {
        errorf(ast_start_pos(n->index.indices.items[1]), "unexpected comma; expecting ]");
        invalid(n);
        return;
    }
    Node *ix = n->index.indices.items[0];
    Type *T = x->type;
    if (is_untyped(T)) default_untyped(c, x), T = x->type;
    Type *u = core_type(T);
    if (!u) {
        errorf(ast_start_pos(x), "invalid operation: cannot index %s", operand_string(c, x));
        use_expr(c, ix);
        invalid(n);
        return;
    }
    int64_t length = -1;
    switch (u->kind) {
    case TY_STRING:
        if (x->mode == MODE_CONST) length = (int64_t)x->cval->slen;
        if (!check_index_value(c, ix, length, NULL)) { invalid(n); return; }
        if (x->mode == MODE_CONST && ix->mode == MODE_CONST) {
            int64_t i = cv_int64_val(ix->cval);
            set_const(n, ty_uint8, cv_int64((unsigned char)x->cval->s[i]));
            n->mode = MODE_VALUE; /* indexing a constant string is not a constant */
            n->cval = NULL;
            return;
        }
        n->mode = MODE_VALUE;
        n->type = ty_uint8;
        return;
    case TY_ARRAY:
        if (!check_index_value(c, ix, u->len, NULL)) { invalid(n); return; }
        n->mode = x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
        n->type = u->elem;
        return;
    case TY_POINTER:
        if (u->elem->u && u->elem->u->kind == TY_ARRAY) {
            if (!check_index_value(c, ix, u->elem->u->len, NULL)) { invalid(n); return; }
            n->mode = MODE_VAR;
            n->type = u->elem->u->elem;
            return;
        }
        break;
    case TY_SLICE:
        if (!check_index_value(c, ix, -1, NULL)) { invalid(n); return; }
        n->mode = MODE_VAR;
        n->type = u->elem;
        return;
    case TY_MAP:
        check_expr(c, ix, NULL);
        if (ix->mode != MODE_INVALID) assign_check(c, ix, u->key, "map index");
        n->mode = MODE_MAPINDEX;
        n->type = u->elem;
        return;
    default:
        break;
    }
    errorf(ast_start_pos(x), "invalid operation: cannot index %s", operand_string(c, x));
    use_expr(c, ix);
    invalid(n);
}

static void check_slice(Checker *c, Node *n) {
    Node *x = n->slice.x;
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) { invalid(n); return; }
    Type *T = x->type;
    Type *u = core_type(T);
    int64_t length = -1;
    Type *rt = NULL;
    if (!u) goto bad;
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        if (n->slice.slice3) {
            errorf(n->pos, "invalid operation: 3-index slice of string");
            invalid(n);
            return;
        }
        if (x->mode == MODE_CONST) length = (int64_t)x->cval->slen;
        rt = is_untyped(T) ? ty_string : T;
        if (is_untyped(T)) convert_untyped(c, x, ty_string);
        break;
    case TY_ARRAY:
        if (x->mode != MODE_VAR) {
            errorf(ast_start_pos(x), "invalid operation: %s (slice of unaddressable value)", expr_string(n));
            invalid(n);
            return;
        }
        mark_addrtaken(x);
        length = u->len;
        rt = types_slice(u->elem);
        break;
    case TY_POINTER:
        if (u->elem->u && u->elem->u->kind == TY_ARRAY) {
            length = u->elem->u->len;
            rt = types_slice(u->elem->u->elem);
            break;
        }
        goto bad;
    case TY_SLICE:
        rt = T;
        break;
    default:
        goto bad;
    }
    {
        int64_t vals[3] = {-1, -1, -1};
        Node *ixs[3] = {n->slice.lo, n->slice.hi, n->slice.max};
        if (n->slice.slice3 && (!n->slice.hi || !n->slice.max)) {
            errorf(n->pos, "middle index required in 3-index slice");
        }
        for (int i = 0; i < 3; i++) {
            if (!ixs[i]) continue;
            if (!check_index_value(c, ixs[i], length >= 0 ? length + 1 : -1, &vals[i])) {
                invalid(n);
                return;
            }
        }
        /* constant indices must be non-decreasing */
        for (int i = 0; i < 3; i++)
            for (int k = i + 1; k < 3; k++)
                if (vals[i] >= 0 && vals[k] >= 0 && vals[i] > vals[k]) {
                    errorf(ast_start_pos(ixs[k]), "invalid slice indices: %lld < %lld", (long long)vals[k], (long long)vals[i]);
                    invalid(n);
                    return;
                }
    }
    n->mode = MODE_VALUE;
    n->type = rt;
    return;
bad:
    errorf(ast_start_pos(x), "cannot slice %s", operand_string(c, x));
    invalid(n);
}

static void check_typeassert(Checker *c, Node *n) {
    Node *x = n->assert.x;
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) { invalid(n); return; }
    if (!n->assert.type) {
        errorf(n->pos, "invalid syntax tree: use of .(type) outside type switch");
        invalid(n);
        return;
    }
    if (x->type->kind == TY_TYPEPARAM) {
        errorf(ast_start_pos(x), "invalid operation: cannot use type assertion on type parameter value %s", operand_string(c, x));
        invalid(n);
        return;
    }
    if (!type_is_interface(x->type)) {
        errorf(ast_start_pos(x), "invalid operation: %s is not an interface", operand_string(c, x));
        invalid(n);
        return;
    }
    Type *T = check_typexpr(c, n->assert.type);
    if (T == ty_invalid) { invalid(n); return; }
    if (!type_is_interface(T)) {
        const char *name, *why;
        if (missing_method(T, x->type, &name, &why)) {
            errorf(ast_start_pos(x), "impossible type assertion: %s\n\t%s does not implement %s %s", expr_string(n),
                   tstr(c, T), tstr(c, x->type), why);
            invalid(n);
            return;
        }
    }
    n->mode = MODE_COMMAOK;
    n->type = T;
}

/* ---- composite literals ---- */

static Type *elem_hint(Type *et, bool *addr) {
    *addr = false;
    if (et && et->u && et->u->kind == TY_POINTER) {
        *addr = true;
        return et->u->elem;
    }
    return et;
}

static void check_elem_value(Checker *c, Node *v, Type *et, const char *ctx) {
    Node *uv = v;
    if (uv->kind == N_COMPOSITE && !uv->composite.type) {
        bool addr;
        Type *h = elem_hint(et, &addr);
        check_composite(c, uv, h);
        if (uv->mode == MODE_INVALID) return;
        if (addr) {
            uv->flags |= NF_ELIDED_ADDR;
            uv->type = types_pointer(uv->type);
        }
        assign_check(c, uv, et, ctx);
        return;
    }
    if (uv->kind == N_UNARY && uv->unary.op == OP_AND && uv->unary.x->kind == N_COMPOSITE && !uv->unary.x->composite.type) {
        bool addr;
        Type *h = elem_hint(et, &addr);
        check_composite(c, uv->unary.x, h);
        uv->mode = MODE_VALUE;
        uv->type = types_pointer(uv->unary.x->type);
        assign_check(c, uv, et, ctx);
        return;
    }
    check_expr(c, v, et);
    if (v->mode != MODE_INVALID) assign_check(c, v, et, ctx);
}

void check_composite(Checker *c, Node *n, Type *hint) {
    Type *T = NULL;
    Node *tn = n->composite.type;
    bool dots = false;
    if (tn) {
        if (tn->kind == N_ARRAYTYPE && tn->arraytype.dots) {
            dots = true;
            T = NULL;
            Type *et = check_typexpr(c, tn->arraytype.elem);
            if (et == ty_invalid) { invalid(n); return; }
            T = types_array(et, 0); /* length fixed below */
            tn->mode = MODE_TYPEEXPR;
        } else {
            T = check_typexpr(c, tn);
        }
    } else if (hint) {
        T = hint;
    } else {
        errorf(n->pos, "invalid composite literal type: missing type");
        for (int i = 0; i < n->composite.elts.len; i++) use_expr(c, n->composite.elts.items[i]);
        invalid(n);
        return;
    }
    if (T == ty_invalid) {
        for (int i = 0; i < n->composite.elts.len; i++) use_expr(c, n->composite.elts.items[i]);
        invalid(n);
        return;
    }
    Type *u = core_type(T);
    NodeList *el = &n->composite.elts;
    if (!u) goto badtype;
    types_layout(T);
    switch (u->kind) {
    case TY_STRUCT: {
        if (el->len == 0) break;
        bool keyed = el->items[0]->kind == N_KEYVALUE;
        if (keyed) {
            bool *seen = NEWARR(bool, u->nfields + 1);
            for (int i = 0; i < el->len; i++) {
                Node *e = el->items[i];
                if (e->kind != N_KEYVALUE) {
                    errorf(ast_start_pos(e), "mixture of field:value and value elements in struct literal");
                    use_expr(c, e);
                    continue;
                }
                Node *k = e->kv.key;
                if (k->kind != N_IDENT) {
                    errorf(ast_start_pos(k), "invalid field name %s in struct literal", expr_string(k));
                    use_expr(c, e->kv.value);
                    continue;
                }
                int fi = -1;
                for (int f = 0; f < u->nfields; f++)
                    if (u->fields[f].name == k->ident.name) { fi = f; break; }
                if (fi < 0) {
                    errorf(k->pos, "unknown field %s in struct literal of type %s", k->ident.name, tstr(c, T));
                    use_expr(c, e->kv.value);
                    continue;
                }
                if (seen[fi]) {
                    errorf(k->pos, "duplicate field name %s in struct literal", k->ident.name);
                    use_expr(c, e->kv.value);
                    continue;
                }
                seen[fi] = true;
                k->info = (void *)(intptr_t)(fi + 1);
                Field *fld = &u->fields[fi];
                if (!fld->exported && T->pkg && T->pkg != c->pkg) {
                    errorf(k->pos, "cannot refer to unexported field %s in struct literal of type %s", k->ident.name, tstr(c, T));
                }
                check_elem_value(c, e->kv.value, fld->type, "struct literal");
            }
        } else {
            int nf = u->nfields;
            for (int i = 0; i < el->len; i++) {
                Node *e = el->items[i];
                if (e->kind == N_KEYVALUE) {
                    errorf(ast_start_pos(e), "mixture of field:value and value elements in struct literal");
                    use_expr(c, e->kv.value);
                    continue;
                }
                if (i >= nf) {
                    errorf(ast_start_pos(e), "too many values in struct literal of type %s", tstr(c, T));
                    for (; i < el->len; i++) use_expr(c, el->items[i]);
                    break;
                }
                Field *fld = &u->fields[i];
                check_elem_value(c, e, fld->type, "struct literal");
                if (!fld->exported && T->pkg && T->pkg != c->pkg)
                    errorf(ast_start_pos(e), "implicit assignment to unexported field %s in struct literal of type %s", fld->name,
                           tstr(c, T));
            }
            if (el->len < nf && el->len > 0) {
                errorf(n->composite.rbrace, "too few values in struct literal of type %s", tstr(c, T));
            }
        }
        break;
    }
    case TY_ARRAY:
    case TY_SLICE: {
        Type *et = u->elem;
        int64_t idx = 0, maxidx = 0;
        int64_t limit = u->kind == TY_ARRAY && !dots ? u->len : -1;
        VEC(int64_t) used = {0};
        for (int i = 0; i < el->len; i++) {
            Node *e = el->items[i];
            Node *v = e;
            if (e->kind == N_KEYVALUE) {
                Node *k = e->kv.key;
                check_expr(c, k, NULL);
                if (k->mode == MODE_CONST && cv_is_int(k->cval)) {
                    ConstVal *iv = cv_to_int(k->cval);
                    if (cv_sign(iv) < 0) {
                        errorf(ast_start_pos(k), "index %s must be non-negative integer constant", expr_string(k));
                    } else {
                        idx = cv_int64_val(iv);
                        if (is_untyped(k->type)) { k->cval = iv; update_untyped(k, ty_int); }
                    }
                } else if (k->mode != MODE_INVALID) {
                    errorf(ast_start_pos(k), "index %s must be integer constant", expr_string(k));
                }
                v = e->kv.value;
                k->info = (void *)(intptr_t)1;
            }
            if (limit >= 0 && idx >= limit) {
                errorf(ast_start_pos(v), "index %lld is out of bounds (>= %lld)", (long long)idx, (long long)limit);
            }
            for (int q = 0; q < used.len; q++)
                if (used.items[q] == idx) {
                    errorf(ast_start_pos(e->kind == N_KEYVALUE ? e->kv.key : e), "duplicate index %lld in array or slice literal", (long long)idx);
                    break;
                }
            vec_push(&used, idx);
            check_elem_value(c, v, et, "array or slice literal");
            idx++;
            if (idx > maxidx) maxidx = idx;
        }
        if (dots) {
            T = types_array(et, maxidx);
            types_layout(T);
            n->composite.type->type = T;
        }
        n->info = (void *)(intptr_t)maxidx;
        break;
    }
    case TY_MAP: {
        for (int i = 0; i < el->len; i++) {
            Node *e = el->items[i];
            if (e->kind != N_KEYVALUE) {
                errorf(ast_start_pos(e), "missing key in map literal");
                use_expr(c, e);
                continue;
            }
            check_elem_value(c, e->kv.key, u->key, "map literal");
            Node *k = e->kv.key;
            if (k->mode == MODE_CONST) {
                for (int q = 0; q < i; q++) {
                    Node *pk = el->items[q]->kind == N_KEYVALUE ? el->items[q]->kv.key : NULL;
                    if (pk && pk->mode == MODE_CONST && pk->cval && k->cval && pk->cval->kind == k->cval->kind &&
                        cv_compare(OP_EQL, pk->cval, k->cval)) {
                        errorf(ast_start_pos(k), "duplicate key %s in map literal", expr_string(k));
                        break;
                    }
                }
            }
            check_elem_value(c, e->kv.value, u->elem, "map literal");
        }
        break;
    }
    default:
        goto badtype;
    }
    n->mode = MODE_VALUE;
    n->type = T;
    return;
badtype:
    errorf(n->pos, "invalid composite literal type %s", tstr(c, T));
    for (int i = 0; i < el->len; i++) use_expr(c, el->items[i]->kind == N_KEYVALUE ? el->items[i]->kv.value : el->items[i]);
    invalid(n);
}

/* ---- function literals ---- */

Type *check_funclit(Checker *c, Node *n) {
    FuncInfo *fi = NEW(FuncInfo);
    fi->decl = n;
    fi->outer = c->fn;
    fi->depth = (c->fn ? c->fn->depth : 0) + 1;
    StrBuf nb;
    sb_init(&nb);
    if (c->fn) {
        c->fn->nlits++;
        if (c->fn->outer || !c->fn->obj) sb_printf(&nb, "%s.%d", c->fn->name, c->fn->nlits);
        else sb_printf(&nb, "%s.func%d", c->fn->name, c->fn->nlits);
    } else {
        /* package-level function literal (in a var initializer): glob..func1 */
        static int globn;
        sb_printf(&nb, "%s.init.func%d", c->pkg->name, ++globn);
    }
    fi->name = sb_cstr(&nb);
    Scope *fs = scope_new(c->scope, true);
    fs->node = n;
    Scope *saved = c->scope;
    c->scope = fs;
    int saved_depth = c->depth;
    c->depth = fi->depth - 1;
    Type *sig = check_functype(c, n->funclit.type, NULL, fi, fs);
    fi->sig = sig;
    c->depth = saved_depth;
    n->info = fi;
    vec_push(&c->P->funclits, n);
    check_func_body(c, fi, n->funclit.body);
    c->scope = saved;
    n->mode = MODE_VALUE;
    n->type = sig;
    return sig;
}

/* ---- dispatch ---- */

void use_expr(Checker *c, Node *n) {
    if (!n) return;
    if (n->kind == N_KEYVALUE) {
        use_expr(c, n->kv.value);
        return;
    }
    int before = diag_count();
    (void)before;
    check_rawexpr(c, n, NULL, true, true);
}

/* Expressions nest through check_rawexpr (operands, selectors, calls, literals, closures).
 * Chains of binary operators, selectors, calls and unary operators are not bounded by the
 * parser's bracket depth, so beyond CHECK_MAX_EXPR_DEPTH levels an expression is a compile
 * error, not a C stack overflow of the checker, the code generator or the printers that
 * walk it (tests/limits: 2000 levels fit in 8 MB of stack in the ASan build). */
#define CHECK_MAX_EXPR_DEPTH 2000
static int rawexpr_depth;
static bool rawexpr_too_deep; /* reported once per outermost expression */
static void check_rawexpr_1(Checker *c, Node *n, Type *hint, bool allow_type, bool allow_tuple);

void check_rawexpr(Checker *c, Node *n, Type *hint, bool allow_type, bool allow_tuple) {
    if (!n) return;
    if (rawexpr_depth >= CHECK_MAX_EXPR_DEPTH) {
        if (!rawexpr_too_deep) errorf(n->pos, "goro: expression nesting too deep (limit %d)", CHECK_MAX_EXPR_DEPTH);
        rawexpr_too_deep = true;
        invalid(n);
        return;
    }
    rawexpr_depth++;
    check_rawexpr_1(c, n, hint, allow_type, allow_tuple);
    if (--rawexpr_depth == 0) rawexpr_too_deep = false;
}

static void check_rawexpr_1(Checker *c, Node *n, Type *hint, bool allow_type, bool allow_tuple) {
    n->mode = MODE_INVALID;
    switch (n->kind) {
    case N_BAD: invalid(n); return;
    case N_IDENT: check_ident(c, n, allow_type); break;
    case N_BASICLIT: check_basiclit(c, n); break;
    case N_PAREN: {
        check_rawexpr(c, n->paren.x, hint, allow_type, false);
        Node *x = n->paren.x;
        n->mode = x->mode;
        n->type = x->type;
        n->cval = x->cval;
        n->obj = x->obj;
        n->flags |= x->flags & NF_GENERIC_FUNC;
        break;
    }
    case N_FUNCLIT: check_funclit(c, n); break;
    case N_COMPOSITE: check_composite(c, n, NULL); break;
    case N_SELECTOR: check_selector(c, n, allow_type); break;
    case N_INDEX: check_index(c, n, allow_type); break;
    case N_SLICEEXPR: check_slice(c, n); break;
    case N_TYPEASSERT: check_typeassert(c, n); break;
    case N_CALL: check_call(c, n, hint, allow_tuple); break;
    case N_STAR: {
        Node *x = n->star.x;
        check_rawexpr(c, x, NULL, true, false);
        if (x->mode == MODE_INVALID) { invalid(n); return; }
        if (x->mode == MODE_TYPEEXPR) {
            n->mode = MODE_TYPEEXPR;
            n->type = types_pointer(x->type);
            if (!allow_type) {
                errorf(ast_start_pos(n), "%s (type) is not an expression", expr_string(n));
                invalid(n);
            }
            break;
        }
        if (x->type == ty_untyped_nil) {
            errorf(n->pos, "invalid operation: cannot indirect nil");
            invalid(n);
            return;
        }
        Type *core = core_type(x->type);
        if (!core || core->kind != TY_POINTER) {
            errorf(ast_start_pos(x), "invalid operation: cannot indirect %s", operand_string(c, x));
            invalid(n);
            return;
        }
        n->mode = MODE_VAR;
        n->type = core->elem;
        break;
    }
    case N_UNARY: check_unary(c, n, hint); break;
    case N_BINARY: check_binary(c, n, hint); break;
    case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE: case N_MAPTYPE: case N_CHANTYPE: {
        Type *t = check_typexpr(c, n);
        if (t == ty_invalid) { invalid(n); return; }
        n->mode = MODE_TYPEEXPR;
        n->type = t;
        if (!allow_type) {
            errorf(ast_start_pos(n), "%s (type) is not an expression", expr_string(n));
            invalid(n);
        }
        break;
    }
    case N_KEYVALUE:
        errorf(n->pos, "unexpected key:value expression");
        invalid(n);
        return;
    default:
        errorf(n->pos, "invalid expression");
        invalid(n);
        return;
    }
    if (!allow_tuple && n->mode != MODE_INVALID && n->type && n->type->kind == TY_TUPLE) {
        errorf(ast_start_pos(n), "multiple-value %s (value of type %s) in single-value context", expr_string(n), tstr(c, n->type));
        invalid(n);
    }
}

void check_expr(Checker *c, Node *n, Type *hint) {
    check_rawexpr(c, n, hint, false, false);
    if (n->mode == MODE_NOVALUE) {
        /* A value is required (expression statements, go and defer use check_rawexpr): a
         * call without results is an error here, as in types2, and then an invalid operand,
         * so no consumer reads its (NULL) type: len(f()), f().(T), min(f(), 1) crashed. */
        errorf(ast_start_pos(n), "%s (no value) used as value", expr_string(n));
        invalid(n);
    }
}

void check_expr_or_type(Checker *c, Node *n, Type *hint) { check_rawexpr(c, n, hint, true, false); }

void check_multi(Checker *c, Node *n) { check_rawexpr(c, n, NULL, false, true); }
