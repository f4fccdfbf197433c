/* gen_stmt.c — code generation for statements and function bodies, plus the small synthetic
 * functions the compiler needs (method values, method expressions, builtin thunks).
 *
 * Function frame: R[0..nargs) arguments (receiver first). Functions with defer keep their
 * results in result variables and leave through one epilogue: RUNDEFER (runs deferred calls
 * one at a time), then load the result variables and RET. A recovered panic resumes at that
 * epilogue (Proto.recover_pc via the frame), which is how recover() makes a function return
 * normally with its named results.
 */
#include <stdlib.h>
#include "gen.h"

static void mov(FS *fs, int dst, int src, int w) {
    if (dst == src || w == 0) return;
    if (w == 1) emit(fs, BC_MOV, dst, src, 0);
    else if (w == 2) emit(fs, BC_MOV2, dst, src, 0);
    else if (w == 3) emit(fs, BC_MOV3, dst, src, 0);
    else emit(fs, BC_MOVN, dst, src, w);
}

static void load_int(FS *fs, int dst, int64_t v) {
    if (v >= INT32_MIN && v <= INT32_MAX) emit_bx(fs, BC_LOADI, dst, (uint32_t)(int32_t)v);
    else {
        emit(fs, BC_LOADI64, dst, 0, 0);
        emit_word(fs, (uint64_t)v);
    }
}

/* Store the value at src into variable o (already defined). */
static void store_var(FS *fs, Object *o, Type *t, int src) {
    VarLoc *v = var_lookup(fs, o);
    if (!v) return;
    if (v->kind == VL_REG) {
        mov(fs, v->reg, src, W(t));
        return;
    }
    int p;
    if (v->kind == VL_CELL) p = v->reg;
    else {
        p = alloc_reg(fs, 1);
        emit(fs, BC_GETUP, p, v->up, 0);
    }
    gen_store_to_addr(fs, p, 0, t, src);
}

static void load_var(FS *fs, Object *o, Type *t, int dst) {
    VarLoc *v = var_lookup(fs, o);
    if (!v) return;
    if (v->kind == VL_REG) {
        mov(fs, dst, v->reg, W(t));
        return;
    }
    int p;
    if (v->kind == VL_CELL) p = v->reg;
    else {
        p = alloc_reg(fs, 1);
        emit(fs, BC_GETUP, p, v->up, 0);
    }
    gen_load_from_addr(fs, dst, p, 0, t);
}

/* Define a new local and initialise it from src (or zero when src < 0). */
static void define_local(FS *fs, Object *o, int src) {
    Type *t = ST(fs, o->type);
    VarLoc *v = var_define(fs, o, t);
    if (src >= 0) {
        store_var(fs, o, t, src);
    } else if (v->kind == VL_REG) {
        gen_zero(fs, v->reg, t);
    }
}

/* ---- binary operations on registers (op-assignment, inc/dec) ---- */

static void normalize(FS *fs, int r, Type *t) {
    switch (t->u->kind) {
    case TY_INT8: emit(fs, BC_SEXT8, r, r, 0); break;
    case TY_INT16: emit(fs, BC_SEXT16, r, r, 0); break;
    case TY_INT32: emit(fs, BC_SEXT32, r, r, 0); break;
    case TY_UINT8: emit(fs, BC_ZEXT8, r, r, 0); break;
    case TY_UINT16: emit(fs, BC_ZEXT16, r, r, 0); break;
    case TY_UINT32: emit(fs, BC_ZEXT32, r, r, 0); break;
    case TY_FLOAT32: emit(fs, BC_F32ROUND, r, r, 0); break;
    default: break;
    }
}

static void binop_regs(FS *fs, GoOp op, Type *t, int dst, int a, int b, Type *bt) {
    Type *u = t->u;
    if (u->kind == TY_STRING) {
        emit(fs, BC_CONCAT, dst, a, b);
        return;
    }
    bool f = u->flags & TF_FLOAT, uns = u->flags & TF_UNSIGNED;
    OpCode oc = BC_NOP;
    switch (op) {
    case OP_ADD: oc = f ? BC_ADD_F : BC_ADD_I; break;
    case OP_SUB: oc = f ? BC_SUB_F : BC_SUB_I; break;
    case OP_MUL: oc = f ? BC_MUL_F : BC_MUL_I; break;
    case OP_QUO: oc = f ? BC_DIV_F : uns ? BC_DIV_U : BC_DIV_I; break;
    case OP_REM: oc = uns ? BC_REM_U : BC_REM_I; break;
    case OP_AND: oc = BC_AND; break;
    case OP_OR: oc = BC_OR; break;
    case OP_XOR: oc = BC_XOR; break;
    case OP_ANDNOT: oc = BC_ANDNOT; break;
    case OP_SHL:
    case OP_SHR:
        if (bt && !(bt->u->flags & TF_UNSIGNED)) emit(fs, BC_CHKSHIFT, b, 0, 0);
        oc = op == OP_SHL ? BC_SHL : uns ? BC_SHR_U : BC_SHR_I;
        break;
    default: break;
    }
    emit(fs, oc, dst, a, b);
    normalize(fs, dst, t);
}

/* ---- assignment ---- */

static bool simple_rhs(Node *e, Type *t) {
    Node *u = unparen(e);
    if (W(t) <= 1) return u->kind != N_COMPOSITE;
    return u->kind == N_CALL || u->kind == N_IDENT || u->kind == N_BASICLIT;
}

static void gen_assign(FS *fs, Node *s) {
    NodeList *L = &s->assign.lhs, *R = &s->assign.rhs;
    GoOp op = s->assign.op;
    if (op != OP_ASSIGN && op != OP_DEFINE) {
        Node *x = L->items[0], *y = R->items[0];
        LValue lv = gen_lvalue(fs, x);
        Type *t = lv.type;
        /* a register variable is updated in place */
        int cur = lv.kind == LV_REG ? lv.reg : alloc_reg(fs, W(t));
        if (lv.kind != LV_REG) gen_lvalue_load(fs, &lv, cur);
        Type *yt = (op == OP_SHL || op == OP_SHR) ? etype(fs, y) : t;
        bool full = t->u->kind == TY_INT || t->u->kind == TY_INT64 || t->u->kind == TY_UINT || t->u->kind == TY_UINT64;
        if ((op == OP_ADD || op == OP_SUB) && full && y->mode == MODE_CONST && y->cval && y->cval->kind == CV_INT &&
            cv_fits_int64(y->cval) && cv_int64_val(y->cval) > -32768 && cv_int64_val(y->cval) < 32768) {
            int64_t imm = cv_int64_val(y->cval);
            emit(fs, BC_ADDI, cur, cur, (uint16_t)(int16_t)(op == OP_ADD ? imm : -imm));
        } else {
            int b;
            if (!(y->mode == MODE_CONST && y->cval) && etype(fs, y) == yt) b = gen_expr(fs, y);
            else {
                b = alloc_reg(fs, W(yt) ? W(yt) : 1);
                gen_conv_to(fs, y, yt, b);
            }
            binop_regs(fs, op, t, cur, cur, b, yt);
        }
        if (lv.kind != LV_REG) gen_lvalue_store(fs, &lv, cur);
        return;
    }
    if (op == OP_DEFINE) {
        Object **objs = s->info;
        int nl = L->len, nr = R->len;
        if (nl == nr && nl > 1) {
            /* all-new register variables (the common `dx, dy := a-b, c-d`): the right-hand sides
             * cannot see them, so compute each straight into its variable */
            bool direct = true;
            for (int i = 0; i < nl && direct; i++) {
                Object *o = objs ? objs[i] : NULL;
                if (!o || strcmp(o->name, "_") == 0 || var_lookup(fs, o) || var_in_memory(fs, o, ST(fs, o->type)) ||
                    !simple_rhs(R->items[i], ST(fs, o->type)))
                    direct = false;
            }
            if (direct) {
                for (int i = 0; i < nl; i++) {
                    Object *o = objs[i];
                    Type *t = ST(fs, o->type);
                    VarLoc *v = var_define(fs, o, t);
                    gen_conv_to(fs, R->items[i], t, v->reg);
                }
                return;
            }
        }
        if (nl == nr) {
            /* evaluate every rhs into temps first, then define/assign */
            int *tmps = NEWARR(int, nl);
            Type **ts = NEWARR(Type *, nl);
            for (int i = 0; i < nl; i++) {
                Object *o = objs ? objs[i] : NULL;
                Type *t = o ? ST(fs, o->type) : etype(fs, R->items[i]);
                ts[i] = t;
                if (nl == 1 && o && !var_lookup(fs, o) && !var_in_memory(fs, o, t) && simple_rhs(R->items[i], t)) {
                    /* common case: x := expr, computed straight into the new register */
                    int save = fs->freereg;
                    (void)save;
                    VarLoc *v = var_define(fs, o, t);
                    gen_conv_to(fs, R->items[i], t, v->reg);
                    return;
                }
                tmps[i] = alloc_reg(fs, W(t) ? W(t) : 1);
                gen_conv_to(fs, R->items[i], t, tmps[i]);
            }
            for (int i = 0; i < nl; i++) {
                Object *o = objs ? objs[i] : NULL;
                if (!o || strcmp(o->name, "_") == 0) continue;
                if (var_lookup(fs, o)) store_var(fs, o, ts[i], tmps[i]);
                else define_local(fs, o, tmps[i]);
            }
            return;
        }
        /* multi-value: f(), comma-ok forms */
        Node *e = R->items[0];
        int base;
        Type **parts = NEWARR(Type *, nl);
        if (e->flags & NF_HASOK) {
            Type *vt = etype(fs, e);
            parts[0] = vt;
            parts[1] = ty_bool;
            base = alloc_reg(fs, W(vt) + 1);
            gen_expr_to(fs, e, base);
        } else {
            Type *tt = etype(fs, e);
            for (int i = 0; i < nl; i++) parts[i] = ST(fs, tt->tuple[i]);
            base = gen_call(fs, e);
            int tw = 0;
            for (int i = 0; i < nl; i++) tw += W(parts[i]);
            int t = alloc_reg(fs, tw ? tw : 1);
            mov(fs, t, base, tw);
            base = t;
        }
        int off = 0;
        for (int i = 0; i < nl; i++) {
            Object *o = objs ? objs[i] : NULL;
            if (o && strcmp(o->name, "_") != 0) {
                Type *t = ST(fs, o->type);
                int src = base + off;
                if (t != parts[i]) {
                    src = alloc_reg(fs, W(t) ? W(t) : 1);
                    gen_convert_regs(fs, base + off, parts[i], t, src);
                }
                if (var_lookup(fs, o)) store_var(fs, o, t, src);
                else define_local(fs, o, src);
            }
            off += W(parts[i]);
        }
        return;
    }
    int nl = L->len, nr = R->len;
    if (nl == 1 && nr == 1) {
        Node *x = L->items[0];
        LValue lv = gen_lvalue(fs, x);
        if (lv.kind == LV_BLANK) {
            gen_expr(fs, R->items[0]);
            return;
        }
        if (lv.kind == LV_REG && simple_rhs(R->items[0], lv.type)) {
            gen_conv_to(fs, R->items[0], lv.type, lv.reg);
            return;
        }
        int t = alloc_reg(fs, W(lv.type) ? W(lv.type) : 1);
        gen_conv_to(fs, R->items[0], lv.type, t);
        gen_lvalue_store(fs, &lv, t);
        return;
    }
    if (nl == nr) {
        LValue *lvs = NEWARR(LValue, nl);
        for (int i = 0; i < nl; i++) {
            lvs[i] = gen_lvalue(fs, L->items[i]);
            /* operands of the left side are evaluated before any assignment happens: a pointer
             * or map held in a variable's register must be snapshotted */
            if (lvs[i].kind == LV_MEM || lvs[i].kind == LV_MAP) {
                int t = alloc_reg(fs, 1);
                emit(fs, BC_MOV, t, lvs[i].reg, 0);
                lvs[i].reg = t;
            }
        }
        int *tmps = NEWARR(int, nl);
        for (int i = 0; i < nl; i++) {
            Type *t = lvs[i].kind == LV_BLANK ? etype(fs, R->items[i]) : lvs[i].type;
            tmps[i] = alloc_reg(fs, W(t) ? W(t) : 1);
            gen_conv_to(fs, R->items[i], t, tmps[i]);
        }
        for (int i = 0; i < nl; i++) gen_lvalue_store(fs, &lvs[i], tmps[i]);
        return;
    }
    /* a, b = f() / v, ok = m[k] */
    LValue *lvs = NEWARR(LValue, nl);
    for (int i = 0; i < nl; i++) lvs[i] = gen_lvalue(fs, L->items[i]);
    Node *e = R->items[0];
    Type **parts = NEWARR(Type *, nl);
    int base;
    if (e->flags & NF_HASOK) {
        Type *vt = etype(fs, e);
        parts[0] = vt;
        parts[1] = ty_bool;
        base = alloc_reg(fs, W(vt) + 1);
        gen_expr_to(fs, e, base);
    } else {
        Type *tt = etype(fs, e);
        for (int i = 0; i < nl; i++) parts[i] = ST(fs, tt->tuple[i]);
        int r = gen_call(fs, e);
        int tw = 0;
        for (int i = 0; i < nl; i++) tw += W(parts[i]);
        base = alloc_reg(fs, tw ? tw : 1);
        mov(fs, base, r, tw);
    }
    int off = 0;
    for (int i = 0; i < nl; i++) {
        if (lvs[i].kind != LV_BLANK) {
            int src = base + off;
            if (lvs[i].type != parts[i]) {
                src = alloc_reg(fs, W(lvs[i].type) ? W(lvs[i].type) : 1);
                gen_convert_regs(fs, base + off, parts[i], lvs[i].type, src);
            }
            gen_lvalue_store(fs, &lvs[i], src);
        }
        off += W(parts[i]);
    }
}

/* ---- declarations ---- */

static void gen_decl(FS *fs, Node *d) {
    if (d->kind != N_GENDECL || d->gendecl.tok != DECL_VAR) return;
    for (int i = 0; i < d->gendecl.specs.len; i++) {
        Node *sp = d->gendecl.specs.items[i];
        int nn = sp->valuespec.names.len, nv = sp->valuespec.values.len;
        set_line(fs, sp);
        if (nv == 0) {
            for (int j = 0; j < nn; j++) {
                Object *o = sp->valuespec.names.items[j]->obj;
                if (o && strcmp(o->name, "_") != 0) define_local(fs, o, -1);
            }
            continue;
        }
        if (nv == nn) {
            int *tmps = NEWARR(int, nn);
            for (int j = 0; j < nn; j++) {
                Object *o = sp->valuespec.names.items[j]->obj;
                Type *t = o ? ST(fs, o->type) : etype(fs, sp->valuespec.values.items[j]);
                tmps[j] = alloc_reg(fs, W(t) ? W(t) : 1);
                gen_conv_to(fs, sp->valuespec.values.items[j], t, tmps[j]);
            }
            for (int j = 0; j < nn; j++) {
                Object *o = sp->valuespec.names.items[j]->obj;
                if (o && strcmp(o->name, "_") != 0) define_local(fs, o, tmps[j]);
            }
            continue;
        }
        Node *e = sp->valuespec.values.items[0];
        Type **parts = NEWARR(Type *, nn);
        int base;
        if (e->flags & NF_HASOK) {
            Type *vt = etype(fs, e);
            parts[0] = vt;
            parts[1] = ty_bool;
            base = alloc_reg(fs, W(vt) + 1);
            gen_expr_to(fs, e, base);
        } else {
            Type *tt = etype(fs, e);
            for (int j = 0; j < nn; j++) parts[j] = ST(fs, tt->tuple[j]);
            int r = gen_call(fs, e);
            int tw = 0;
            for (int j = 0; j < nn; j++) tw += W(parts[j]);
            base = alloc_reg(fs, tw ? tw : 1);
            mov(fs, base, r, tw);
        }
        int off = 0;
        for (int j = 0; j < nn; j++) {
            Object *o = sp->valuespec.names.items[j]->obj;
            if (o && strcmp(o->name, "_") != 0) {
                Type *t = ST(fs, o->type);
                int src = base + off;
                if (t != parts[j]) {
                    src = alloc_reg(fs, W(t) ? W(t) : 1);
                    gen_convert_regs(fs, base + off, parts[j], t, src);
                }
                define_local(fs, o, src);
            }
            off += W(parts[j]);
        }
    }
}

/* ---- loops, labels ---- */

static LoopCtx *push_loop(FS *fs, const char *label, bool is_loop) {
    LoopCtx *l = NEW(LoopCtx);
    l->outer = fs->loop;
    l->label = label;
    l->is_loop = is_loop;
    l->freereg = fs->freereg;
    fs->loop = l;
    return l;
}

static void pop_loop(FS *fs, int break_target, int continue_target) {
    LoopCtx *l = fs->loop;
    for (int i = 0; i < l->breaks.len; i++) patch_jump(fs, l->breaks.items[i], break_target);
    for (int i = 0; i < l->continues.len; i++) patch_jump(fs, l->continues.items[i], continue_target);
    fs->loop = l->outer;
}

static const char *pending_label; /* label of the statement being compiled (set by N_LABELED) */

static LabelInfo *label_info(FS *fs, const char *name) {
    for (int i = 0; i < fs->labels.len; i++)
        if (fs->labels.items[i].name == name) return &fs->labels.items[i];
    LabelInfo li = {name, -1, {0}};
    vec_push(&fs->labels, li);
    return &fs->labels.items[fs->labels.len - 1];
}

/* Give captured per-iteration loop variables a fresh cell holding the current value. */
static void fresh_loop_cells(FS *fs, Object **vars, int n) {
    for (int i = 0; i < n; i++) {
        Object *o = vars[i];
        if (!o) continue;
        VarLoc *v = var_lookup(fs, o);
        if (!v || v->kind != VL_CELL) continue;
        Type *t = ST(fs, o->type);
        int save = fs->freereg;
        int val = alloc_reg(fs, W(t) ? W(t) : 1);
        gen_load_from_addr(fs, val, v->reg, 0, t);
        emit_bx(fs, BC_NEWOBJ, v->reg, (uint32_t)kptr(fs, t));
        gen_store_to_addr(fs, v->reg, 0, t, val);
        fs->freereg = save;
    }
}

static void gen_for(FS *fs, Node *s, const char *label) {
    int save = fs->freereg;
    VEC(Object *) loopvars = {0};
    if (s->forstmt.init) {
        gen_stmt(fs, s->forstmt.init);
        Node *in = s->forstmt.init;
        if (in->kind == N_ASSIGN && in->assign.op == OP_DEFINE && in->info) {
            Object **objs = in->info;
            for (int i = 0; i < in->assign.lhs.len; i++)
                if (objs[i] && objs[i]->loopvar) vec_push(&loopvars, objs[i]);
        }
    }
    int top = here(fs);
    IntVec exits = {0};
    if (s->forstmt.cond) gen_cond_jump(fs, s->forstmt.cond, false, &exits);
    push_loop(fs, label, true);
    gen_block(fs, s->forstmt.body);
    int cont = here(fs);
    fresh_loop_cells(fs, loopvars.items, loopvars.len);
    if (s->forstmt.post) {
        int ps = fs->freereg;
        gen_stmt(fs, s->forstmt.post);
        fs->freereg = ps;
    }
    int j = emit_jump(fs, BC_LOOP, 0);
    patch_jump(fs, j, top);
    int end = here(fs);
    for (int i = 0; i < exits.len; i++) patch_jump(fs, exits.items[i], end);
    pop_loop(fs, end, cont);
    fs->freereg = save;
}

typedef struct RangeInfo {
    Type *xtype;
    int kind;
    Object *key, *value;
} RangeInfo;

static void range_assign(FS *fs, Node *s, Node *var, Object *defobj, Type *t, int src) {
    if (!var) return;
    if (s->rangestmt.define) {
        if (!defobj || strcmp(defobj->name, "_") == 0) return;
        VarLoc *v = var_lookup(fs, defobj);
        if (!v) {
            define_local(fs, defobj, src);
            return;
        }
        if (v->kind == VL_CELL) {
            /* per-iteration variable: a fresh cell every iteration */
            Type *vt = ST(fs, defobj->type);
            emit_bx(fs, BC_NEWOBJ, v->reg, (uint32_t)kptr(fs, vt));
        }
        store_var(fs, defobj, ST(fs, defobj->type), src);
        return;
    }
    LValue lv = gen_lvalue(fs, var);
    if (lv.kind == LV_BLANK) return;
    int r = src;
    if (lv.type != t) {
        r = alloc_reg(fs, W(lv.type) ? W(lv.type) : 1);
        gen_convert_regs(fs, src, t, lv.type, r);
    }
    gen_lvalue_store(fs, &lv, r);
}

static void gen_range(FS *fs, Node *s, const char *label) {
    RangeInfo *ri = s->info;
    int save = fs->freereg;
    Node *x = s->rangestmt.x;
    Type *xt = ST(fs, ri->xtype);
    Type *cu = xt->kind == TY_TYPEPARAM ? core_type(xt) : xt->u;
    Node *kv = s->rangestmt.key, *vv = s->rangestmt.value;
    bool need_val = vv && !(vv->kind == N_IDENT && strcmp(vv->ident.name, "_") == 0);
    /* pre-define iteration variables so their storage exists before the loop */
    if (s->rangestmt.define) {
        if (ri->key && strcmp(ri->key->name, "_") != 0) define_local(fs, ri->key, -1);
        if (ri->value && strcmp(ri->value->name, "_") != 0) define_local(fs, ri->value, -1);
    }
    int top, cont;
    IntVec exits = {0};
    switch (cu->kind) {
    case TY_INT: default: {
        /* integer range */
        Type *it = xt;
        int n = alloc_reg(fs, 1), i = alloc_reg(fs, 1);
        gen_conv_to(fs, x, it, n);
        emit_bx(fs, BC_LOADI, i, 0);
        top = here(fs);
        vec_push(&exits, emit(fs, BC_JGE_I, i, n, 0));
        push_loop(fs, label, true);
        int body_save = fs->freereg;
        range_assign(fs, s, kv, ri->key, it, i);
        gen_block(fs, s->rangestmt.body);
        fs->freereg = body_save;
        cont = here(fs);
        emit(fs, BC_ADDI, i, i, 1);
        break;
    }
    case TY_SLICE:
    case TY_ARRAY:
    case TY_POINTER: {
        Type *at = cu->kind == TY_POINTER ? ST(fs, cu->elem)->u : cu;
        Type *et = ST(fs, at->elem);
        int hdr = alloc_reg(fs, 3);
        if (cu->kind == TY_SLICE) {
            gen_expr_to(fs, x, hdr);
        } else if (cu->kind == TY_POINTER) {
            gen_expr_to(fs, x, hdr);
            if (need_val) emit(fs, BC_NILCHK, hdr, 0, 0);
            load_int(fs, hdr + 1, at->len);
        } else {
            /* ranging over an array value: iterate over a copy when the value is used */
            if (need_val) {
                int v = gen_expr(fs, x);
                emit_bx(fs, BC_NEWOBJ, hdr, (uint32_t)kptr(fs, xt));
                gen_store_to_addr(fs, hdr, 0, xt, v);
            } else {
                emit(fs, BC_LOADNIL, hdr, 0, 0);
                if (unparen(x)->kind == N_CALL) gen_expr(fs, x);
            }
            load_int(fs, hdr + 1, at->len);
        }
        int i = alloc_reg(fs, 1);
        emit_bx(fs, BC_LOADI, i, 0);
        int elem = alloc_reg(fs, W(et) ? W(et) : 1);
        int ptr = alloc_reg(fs, 1);
        top = here(fs);
        vec_push(&exits, emit(fs, BC_JGE_I, i, hdr + 1, 0));
        push_loop(fs, label, true);
        int body_save = fs->freereg;
        range_assign(fs, s, kv, ri->key, ty_int, i);
        if (need_val) {
            emit(fs, BC_ARRADDR, ptr, hdr, i);
            emit(fs, BC_NOP, et->esize, 0xffff, 0xffff);
            /* the value variable lives in registers: load the element straight into it */
            VarLoc *vl = (s->rangestmt.define && ri->value && strcmp(ri->value->name, "_") != 0) ? var_lookup(fs, ri->value) : NULL;
            if (vl && vl->kind == VL_REG && ST(fs, ri->value->type) == et) elem = vl->reg;
            if (et->esize < 8 && et->esize > 0) {
                int pk = 0;
                switch (et->u->kind) {
                case TY_INT8: pk = 1; break;
                case TY_UINT8: pk = 2; break;
                case TY_INT16: pk = 3; break;
                case TY_UINT16: pk = 4; break;
                case TY_INT32: pk = 5; break;
                case TY_UINT32: pk = 6; break;
                case TY_FLOAT32: pk = 7; break;
                case TY_BOOL: pk = 8; break;
                default: break;
                }
                emit(fs, BC_LOADX, elem, ptr, 0);
                emit(fs, BC_NOP, pk, 0, 0);
            } else {
                gen_load_from_addr(fs, elem, ptr, 0, et);
            }
            if (!(vl && elem == vl->reg)) range_assign(fs, s, vv, ri->value, et, elem);
        }
        gen_block(fs, s->rangestmt.body);
        fs->freereg = body_save;
        cont = here(fs);
        emit(fs, BC_ADDI, i, i, 1);
        break;
    }
    case TY_STRING: {
        int str = alloc_reg(fs, 2);
        gen_conv_to(fs, x, ty_string, str);
        int i = alloc_reg(fs, 1);
        emit_bx(fs, BC_LOADI, i, 0);
        int rn = alloc_reg(fs, 2); /* rune, next index */
        top = here(fs);
        vec_push(&exits, emit(fs, BC_JGE_I, i, str + 1, 0));
        emit(fs, BC_STRNEXT, rn, str, i);
        push_loop(fs, label, true);
        int body_save = fs->freereg;
        range_assign(fs, s, kv, ri->key, ty_int, i);
        if (need_val) range_assign(fs, s, vv, ri->value, ty_int32, rn);
        gen_block(fs, s->rangestmt.body);
        fs->freereg = body_save;
        cont = here(fs);
        emit(fs, BC_MOV, i, rn + 1, 0);
        break;
    }
    case TY_MAP: {
        Type *kt = ST(fs, cu->key), *vt = ST(fs, cu->elem);
        int m = gen_expr(fs, x);
        int it = alloc_reg(fs, 1);
        emit(fs, BC_MAPITER, it, m, 0);
        int kvr = alloc_reg(fs, W(kt) + W(vt) + 1);
        top = here(fs);
        int j = emit(fs, BC_MAPNEXT, kvr, it, 0);
        emit(fs, BC_NOP, W(kt), W(vt), 0);
        vec_push(&exits, j);
        push_loop(fs, label, true);
        int body_save = fs->freereg;
        range_assign(fs, s, kv, ri->key, kt, kvr);
        if (need_val) range_assign(fs, s, vv, ri->value, vt, kvr + W(kt));
        gen_block(fs, s->rangestmt.body);
        fs->freereg = body_save;
        cont = here(fs);
        break;
    }
    case TY_CHAN: {
        Type *et = ST(fs, cu->elem);
        int ch = alloc_reg(fs, 1);
        gen_expr_to(fs, x, ch);
        int v = alloc_reg(fs, W(et) + 1);
        top = here(fs);
        emit(fs, BC_RECV, v, ch, 1);
        emit(fs, BC_NOP, W(et), 0, 0);
        vec_push(&exits, emit_jump(fs, BC_JF, v + W(et)));
        push_loop(fs, label, true);
        int body_save = fs->freereg;
        range_assign(fs, s, kv, ri->key, et, v);
        gen_block(fs, s->rangestmt.body);
        fs->freereg = body_save;
        cont = here(fs);
        break;
    }
    }
    int j = emit_jump(fs, BC_LOOP, 0);
    patch_jump(fs, j, top);
    int end = here(fs);
    for (int i = 0; i < exits.len; i++) {
        Instr *in = &fs->code.items[exits.items[i]];
        if (in->op == BC_MAPNEXT) {
            int32_t off = end - (exits.items[i] + 1);
            in->c = (uint16_t)(int16_t)off;
        } else {
            patch_jump(fs, exits.items[i], end);
        }
    }
    pop_loop(fs, end, cont);
    fs->freereg = save;
}

/* ---- switch ---- */

static void equal_regs(FS *fs, int dst, int a, int b, Type *t) {
    Type *u = t->u;
    if (u->kind == TY_STRING) emit(fs, BC_EQ_S, dst, a, b);
    else if (u->flags & TF_FLOAT) emit(fs, BC_EQ_F, dst, a, b);
    else if (u->kind == TY_INTERFACE) emit(fs, BC_EQ_IFACE, dst, a, b);
    else if (W(t) == 1 && u->kind != TY_STRUCT && u->kind != TY_ARRAY) emit(fs, BC_EQ, dst, a, b);
    else {
        emit(fs, BC_EQ_T, dst, a, b);
        emit_word(fs, (uint64_t)kptr(fs, t));
    }
}

static void gen_switch(FS *fs, Node *s, const char *label) {
    int save = fs->freereg;
    if (s->switchstmt.init) gen_stmt(fs, s->switchstmt.init);
    Node *tag = s->switchstmt.tag;
    Type *tt = tag ? etype(fs, tag) : ty_bool;
    int tagr = -1;
    if (tag) {
        tagr = alloc_reg(fs, W(tt) ? W(tt) : 1);
        gen_conv_to(fs, tag, tt, tagr);
    }
    NodeList *cls = &s->switchstmt.clauses;
    int n = cls->len;
    IntVec *tobody = NEWARR(IntVec, n);
    int deflt = -1;
    for (int i = 0; i < n; i++) {
        Node *cl = cls->items[i];
        if (cl->caseclause.isdefault) deflt = i;
        for (int k = 0; k < cl->caseclause.list.len; k++) {
            Node *e = cl->caseclause.list.items[k];
            set_line(fs, e);
            int cs = fs->freereg;
            if (!tag) {
                gen_cond_jump(fs, e, true, &tobody[i]);
            } else {
                int v = alloc_reg(fs, W(tt) ? W(tt) : 1);
                gen_conv_to(fs, e, tt, v);
                int c = alloc_reg(fs, 1);
                equal_regs(fs, c, tagr, v, tt);
                vec_push(&tobody[i], emit_jump(fs, BC_JT, c));
            }
            fs->freereg = cs;
        }
    }
    int jdefault = emit_jump(fs, BC_JMP, 0);
    push_loop(fs, label, false);
    IntVec ends = {0};
    int *bodypc = NEWARR(int, n + 1);
    IntVec falls = {0};
    for (int i = 0; i < n; i++) {
        Node *cl = cls->items[i];
        bodypc[i] = here(fs);
        for (int k = 0; k < tobody[i].len; k++) patch_jump(fs, tobody[i].items[k], bodypc[i]);
        for (int k = 0; k < falls.len; k++) patch_jump(fs, falls.items[k], bodypc[i]);
        falls.len = 0;
        int bs = fs->freereg;
        NodeList *body = &cl->caseclause.body;
        bool ft = false;
        for (int k = 0; k < body->len; k++) {
            Node *st = body->items[k];
            if (st->kind == N_BRANCH && st->branch.tok == BR_FALLTHROUGH) {
                vec_push(&falls, emit_jump(fs, BC_JMP, 0));
                ft = true;
                continue;
            }
            gen_stmt(fs, st);
        }
        fs->freereg = bs;
        if (!ft) vec_push(&ends, emit_jump(fs, BC_JMP, 0));
    }
    int end = here(fs);
    patch_jump(fs, jdefault, deflt >= 0 ? bodypc[deflt] : end);
    for (int k = 0; k < ends.len; k++) patch_jump(fs, ends.items[k], end);
    for (int k = 0; k < falls.len; k++) patch_jump(fs, falls.items[k], end);
    pop_loop(fs, end, end);
    fs->freereg = save;
}

static void gen_typeswitch(FS *fs, Node *s, const char *label) {
    int save = fs->freereg;
    if (s->typeswitch.init) gen_stmt(fs, s->typeswitch.init);
    Node *x = s->typeswitch.x;
    Type *xt = etype(fs, x);
    int iv = alloc_reg(fs, 2);
    gen_expr_to(fs, x, iv);
    NodeList *cls = &s->typeswitch.clauses;
    int n = cls->len;
    IntVec *tobody = NEWARR(IntVec, n);
    int deflt = -1;
    int zero = alloc_reg(fs, 1);
    emit(fs, BC_LOADNIL, zero, 0, 0);
    for (int i = 0; i < n; i++) {
        Node *cl = cls->items[i];
        if (cl->caseclause.isdefault) deflt = i;
        for (int k = 0; k < cl->caseclause.list.len; k++) {
            Node *e = cl->caseclause.list.items[k];
            int cs = fs->freereg;
            if (e->type == ty_untyped_nil) {
                vec_push(&tobody[i], emit(fs, BC_JEQ, iv, zero, 0));
            } else {
                Type *T = ST(fs, e->type);
                if (T->u->kind == TY_INTERFACE) {
                    int r = alloc_reg(fs, 3);
                    emit(fs, BC_ASSERTI2, r, iv, kptr(fs, T));
                    vec_push(&tobody[i], emit_jump(fs, BC_JT, r + 2));
                } else {
                    int r = alloc_reg(fs, 1);
                    emit_bx(fs, BC_LOADK, r, (uint32_t)kptr(fs, T));
                    vec_push(&tobody[i], emit(fs, BC_JEQ, iv, r, 0));
                }
            }
            fs->freereg = cs;
        }
    }
    int jdefault = emit_jump(fs, BC_JMP, 0);
    push_loop(fs, label, false);
    IntVec ends = {0};
    int *bodypc = NEWARR(int, n + 1);
    for (int i = 0; i < n; i++) {
        Node *cl = cls->items[i];
        bodypc[i] = here(fs);
        for (int k = 0; k < tobody[i].len; k++) patch_jump(fs, tobody[i].items[k], bodypc[i]);
        int bs = fs->freereg;
        if (cl->obj && (cl->obj->used)) {
            Object *o = cl->obj;
            Type *bt = ST(fs, o->type);
            int v = alloc_reg(fs, W(bt) ? W(bt) : 1);
            if (bt->u->kind == TY_INTERFACE) mov(fs, v, iv, 2);
            else {
                emit(fs, BC_UNBOX, v, iv, 0);
                emit(fs, BC_NOP, W(bt), 0, 0);
                emit_word(fs, (uint64_t)kptr(fs, bt));
            }
            define_local(fs, o, v);
        }
        NodeList *body = &cl->caseclause.body;
        for (int k = 0; k < body->len; k++) gen_stmt(fs, body->items[k]);
        fs->freereg = bs;
        vec_push(&ends, emit_jump(fs, BC_JMP, 0));
    }
    int end = here(fs);
    patch_jump(fs, jdefault, deflt >= 0 ? bodypc[deflt] : end);
    for (int k = 0; k < ends.len; k++) patch_jump(fs, ends.items[k], end);
    pop_loop(fs, end, end);
    (void)xt;
    fs->freereg = save;
}

/* ---- select ---- */

/* Case table in registers, 3 words per case: {chan, elem pointer-or-register-index, kind}.
 * SELECT A, B, C: B = table base, C = number of cases, next.a = 1 if there is a default.
 * Results: R[A] = chosen index (-1 for default), R[A+1] = recvOK. Received values are written
 * into the registers named by the case (a frame-relative register index). */
static void gen_select(FS *fs, Node *s, const char *label) {
    int save = fs->freereg;
    NodeList *cls = &s->selectstmt.clauses;
    int n = cls->len;
    int ncases = 0;
    int deflt = -1;
    for (int i = 0; i < n; i++) {
        if (!cls->items[i]->commclause.comm) deflt = i;
        else ncases++;
    }
    int res = alloc_reg(fs, 2);
    int table = alloc_reg(fs, 3 * ncases + 1);
    int *caseof = NEWARR(int, n + 1); /* clause -> case index */
    int *valreg = NEWARR(int, n + 1);
    Type **valtype = NEWARR(Type *, n + 1);
    int ci = 0;
    for (int i = 0; i < n; i++) {
        Node *comm = cls->items[i]->commclause.comm;
        caseof[i] = -1;
        if (!comm) continue;
        caseof[i] = ci;
        int row = table + 3 * ci;
        if (comm->kind == N_SEND) {
            Type *ct = etype(fs, comm->send.ch);
            Type *et = ST(fs, (ct->kind == TY_TYPEPARAM ? core_type(ct) : ct->u)->elem);
            gen_expr_to(fs, comm->send.ch, row);
            int v = alloc_reg(fs, W(et) ? W(et) : 1);
            gen_conv_to(fs, comm->send.value, et, v);
            load_int(fs, row + 1, v);
            load_int(fs, row + 2, 1);
        } else {
            Node *rx = comm->kind == N_EXPRSTMT ? comm->exprstmt.x : comm->assign.rhs.items[0];
            rx = unparen(rx);
            Type *et = etype(fs, rx);
            gen_expr_to(fs, rx->unary.x, row);
            int v = alloc_reg(fs, W(et) + 1);
            valreg[i] = v;
            valtype[i] = et;
            load_int(fs, row + 1, v);
            load_int(fs, row + 2, 0);
        }
        ci++;
    }
    emit(fs, BC_SELECT, res, table, ncases);
    emit(fs, BC_NOP, deflt >= 0 ? 1 : 0, 0, 0);
    /* dispatch on the chosen index */
    IntVec *tobody = NEWARR(IntVec, n);
    int k = alloc_reg(fs, 1);
    for (int i = 0; i < n; i++) {
        int idx = caseof[i];
        load_int(fs, k, idx);
        vec_push(&tobody[i], emit(fs, BC_JEQ, res, k, 0));
    }
    push_loop(fs, label, false);
    IntVec ends = {0};
    int end;
    for (int i = 0; i < n; i++) {
        Node *cl = cls->items[i];
        int pc = here(fs);
        for (int q = 0; q < tobody[i].len; q++) patch_jump(fs, tobody[i].items[q], pc);
        int bs = fs->freereg;
        Node *comm = cl->commclause.comm;
        if (comm && comm->kind == N_ASSIGN) {
            int v = valreg[i];
            Type *et = valtype[i];
            /* ok flag from the select result */
            mov(fs, v + W(et), res + 1, 1);
            NodeList *L = &comm->assign.lhs;
            if (comm->assign.op == OP_DEFINE) {
                Object **objs = comm->info;
                for (int q = 0; q < L->len; q++) {
                    Object *o = objs ? objs[q] : NULL;
                    if (!o || strcmp(o->name, "_") == 0) continue;
                    Type *ot = ST(fs, o->type);
                    Type *from = q == 0 ? et : ty_bool;
                    int src = q == 0 ? v : v + W(et);
                    if (ot != from) {
                        int r = alloc_reg(fs, W(ot) ? W(ot) : 1);
                        gen_convert_regs(fs, src, from, ot, r);
                        src = r;
                    }
                    if (var_lookup(fs, o)) store_var(fs, o, ot, src);
                    else define_local(fs, o, src);
                }
            } else {
                for (int q = 0; q < L->len; q++) {
                    LValue lv = gen_lvalue(fs, L->items[q]);
                    if (lv.kind == LV_BLANK) continue;
                    Type *from = q == 0 ? et : ty_bool;
                    int src = q == 0 ? v : v + W(et);
                    if (lv.type != from) {
                        int r = alloc_reg(fs, W(lv.type) ? W(lv.type) : 1);
                        gen_convert_regs(fs, src, from, lv.type, r);
                        src = r;
                    }
                    gen_lvalue_store(fs, &lv, src);
                }
            }
        }
        NodeList *body = &cl->commclause.body;
        for (int q = 0; q < body->len; q++) gen_stmt(fs, body->items[q]);
        fs->freereg = bs;
        vec_push(&ends, emit_jump(fs, BC_JMP, 0));
    }
    end = here(fs);
    for (int q = 0; q < ends.len; q++) patch_jump(fs, ends.items[q], end);
    pop_loop(fs, end, end);
    fs->freereg = save;
}

/* ---- go / defer ---- */

/* Evaluate a call's function value and arguments for go/defer: returns the register of the
 * closure; arguments are placed at *argbase, *nwords words. */
static int prepare_deferred(FS *fs, Node *call, int *argbase, int *nwords) {
    CallInfo *ci = call->info;
    Node *fun = unparen(call->call.fun);
    if (ci && ci->kind == CALL_BUILTIN) {
        /* a thunk taking the builtin's evaluated arguments */
        int n = call->call.args.len;
        Type **ats = NEWARR(Type *, n + 1);
        for (int i = 0; i < n; i++) {
            Node *a = call->call.args.items[i];
            Type *t = etype(fs, a);
            if (ci->builtin == BI_PANIC || ci->builtin == BI_PRINT || ci->builtin == BI_PRINTLN) t = ty_any;
            ats[i] = t;
        }
        Proto *p = gen_builtin_thunk(ci->builtin, ats, n, call);
        int f = alloc_reg(fs, 1);
        emit_bx(fs, BC_FUNCVAL, f, (uint32_t)kptr(fs, vm_static_closure(p)));
        int base = fs->freereg;
        int at = base;
        for (int i = 0; i < n; i++) {
            int r = alloc_reg(fs, W(ats[i]) ? W(ats[i]) : 1);
            (void)r;
            gen_conv_to(fs, call->call.args.items[i], ats[i], at);
            at += W(ats[i]);
        }
        *argbase = base;
        *nwords = at - base;
        return f;
    }
    /* evaluate via gen_call's argument machinery by compiling a call into a scratch area,
     * but stopping before the call instruction: emulate by building the call then removing
     * the final CALL instruction. */
    int before_code = here(fs);
    int base = gen_call(fs, call);
    Instr last = fs->code.items[fs->code.len - 1];
    fs->code.len--;
    fs->lines.len--;
    (void)before_code;
    int f;
    *argbase = base;
    int nw = 0;
    if (last.op == BC_CALLK || last.op == BC_CALLNAT) {
        Proto *p = fs->k.items[INSTR_BX(last)].p;
        f = alloc_reg(fs, 1);
        emit_bx(fs, BC_FUNCVAL, f, (uint32_t)kptr(fs, vm_static_closure(p)));
        nw = p->nargs;
        if (!p->compiled && !p->native) {
            /* not compiled yet: compute words from the signature */
            Type *sig = ci && ci->sig ? ST(fs, ci->sig) : NULL;
            nw = 0;
            if (ci && ci->kind == CALL_METHOD) {
                Selection *sel = fun->info;
                Type *rt = sel->obj->recv;
                Type *rb = sel->recvbase ? ST(fs, sel->recvbase) : NULL;
                if (rb && rb->orig) rt = check_subst(rt, rb->orig->tparams, rb->targs, rb->ntargs);
                nw += W(ST(fs, rt));
            }
            if (sig)
                for (int i = 0; i < sig->nparams; i++) nw += W(ST(fs, sig->params[i]));
        }
    } else {
        /* CALL A, B, C: closure in R[B] */
        f = last.b;
        Type *sig = ci && ci->sig ? ST(fs, ci->sig) : NULL;
        if (last.c == 1) nw = 1; /* interface method: receiver data word */
        if (sig)
            for (int i = 0; i < sig->nparams; i++) nw += W(ST(fs, sig->params[i]));
    }
    *nwords = nw;
    return f;
}

static void gen_go_defer(FS *fs, Node *s) {
    Node *call = unparen(s->gostmt.call);
    int argbase, nw;
    int f = prepare_deferred(fs, call, &argbase, &nw);
    fs->line = s->pos.line; /* traces name the line of the go/defer keyword */
    if (s->kind == N_GO) emit(fs, BC_GO, f, argbase, nw);
    else emit(fs, BC_DEFER, f, argbase, nw);
}

/* ---- return ---- */

static void gen_return(FS *fs, Node *s) {
    Type *sig = fs->sig;
    NodeList *R = &s->ret.results;
    int nres = sig->nresults;
    if (fs->use_resvars) {
        if (R->len) {
            /* evaluate all results first, then assign the result variables */
            int *tmps = NEWARR(int, nres + 1);
            if (R->len == 1 && nres > 1) {
                Node *e = R->items[0];
                Type *tt = etype(fs, e);
                int r = gen_call(fs, e);
                int off = 0;
                for (int i = 0; i < nres; i++) {
                    Type *pt = ST(fs, tt->tuple[i]);
                    Type *rt = ST(fs, sig->results[i]);
                    tmps[i] = alloc_reg(fs, W(rt) ? W(rt) : 1);
                    gen_convert_regs(fs, r + off, pt, rt, tmps[i]);
                    off += W(pt);
                }
            } else {
                for (int i = 0; i < nres; i++) {
                    Type *rt = ST(fs, sig->results[i]);
                    tmps[i] = alloc_reg(fs, W(rt) ? W(rt) : 1);
                    gen_conv_to(fs, R->items[i], rt, tmps[i]);
                }
            }
            for (int i = 0; i < nres; i++) store_var(fs, fs->fi->results.items[i], ST(fs, sig->results[i]), tmps[i]);
        }
        vec_push(&fs->retjumps, emit_jump(fs, BC_JMP, 0));
        return;
    }
    int tw = 0;
    for (int i = 0; i < nres; i++) tw += W(ST(fs, sig->results[i]));
    if (R->len == 0) {
        if (nres == 0) {
            emit(fs, BC_RET, 0, 0, 0);
            return;
        }
        /* naked return of named results */
        int base = alloc_reg(fs, tw ? tw : 1);
        int off = 0;
        for (int i = 0; i < nres; i++) {
            Type *rt = ST(fs, sig->results[i]);
            load_var(fs, fs->fi->results.items[i], rt, base + off);
            off += W(rt);
        }
        emit(fs, BC_RET, base, tw, 0);
        return;
    }
    if (R->len == 1 && nres > 1) {
        Node *e = R->items[0];
        Type *tt = etype(fs, e);
        int r = gen_call(fs, e);
        bool same = true;
        for (int i = 0; i < nres; i++)
            if (ST(fs, tt->tuple[i]) != ST(fs, sig->results[i])) same = false;
        if (same) {
            emit(fs, BC_RET, r, tw, 0);
            return;
        }
        int base = alloc_reg(fs, tw ? tw : 1);
        int off = 0, roff = 0;
        for (int i = 0; i < nres; i++) {
            Type *pt = ST(fs, tt->tuple[i]);
            Type *rt = ST(fs, sig->results[i]);
            gen_convert_regs(fs, r + off, pt, rt, base + roff);
            off += W(pt);
            roff += W(rt);
        }
        emit(fs, BC_RET, base, tw, 0);
        return;
    }
    if (nres == 1) {
        Type *rt = ST(fs, sig->results[0]);
        Node *e = R->items[0];
        Node *u = unparen(e);
        /* return a local directly */
        if (u->kind == N_IDENT && u->obj && u->obj->kind == OBJ_VAR && !u->obj->global && etype(fs, e) == rt) {
            VarLoc *v = var_lookup(fs, u->obj);
            if (v && v->kind == VL_REG) {
                emit(fs, BC_RET, v->reg, tw, 0);
                return;
            }
        }
    }
    int base = alloc_reg(fs, tw ? tw : 1);
    int off = 0;
    for (int i = 0; i < nres; i++) {
        Type *rt = ST(fs, sig->results[i]);
        gen_conv_to(fs, R->items[i], rt, base + off);
        off += W(rt);
    }
    emit(fs, BC_RET, base, tw, 0);
}

/* ---- statements ---- */

void gen_block(FS *fs, Node *b) {
    int save = fs->freereg;
    for (int i = 0; i < b->block.stmts.len; i++) gen_stmt(fs, b->block.stmts.items[i]);
    fs->freereg = save;
}

static void gen_branch(FS *fs, Node *s) {
    const char *label = s->branch.label;
    switch (s->branch.tok) {
    case BR_BREAK:
    case BR_CONTINUE: {
        bool cont = s->branch.tok == BR_CONTINUE;
        LoopCtx *l = fs->loop;
        while (l) {
            if (label ? l->label == label : (cont ? l->is_loop : true)) break;
            l = l->outer;
        }
        if (!l) return;
        int j = emit_jump(fs, BC_JMP, 0);
        if (cont) vec_push(&l->continues, j);
        else vec_push(&l->breaks, j);
        return;
    }
    case BR_GOTO: {
        LabelInfo *li = label_info(fs, label);
        int j = emit_jump(fs, li->pc >= 0 ? BC_LOOP : BC_JMP, 0);
        if (li->pc >= 0) patch_jump(fs, j, li->pc);
        else vec_push(&li->gotos, j);
        return;
    }
    case BR_FALLTHROUGH:
        return; /* handled by gen_switch */
    }
}

void gen_stmt(FS *fs, Node *s) {
    if (!s) return;
    set_line(fs, s);
    int save = fs->freereg;
    const char *label = pending_label;
    pending_label = NULL;
    switch (s->kind) {
    case N_EMPTY: case N_BAD: break;
    case N_DECLSTMT: gen_decl(fs, s->declstmt.decl); return; /* keeps registers of new locals */
    case N_LABELED: {
        LabelInfo *li = label_info(fs, s->labeled.label);
        li->pc = here(fs);
        for (int i = 0; i < li->gotos.len; i++) patch_jump(fs, li->gotos.items[i], li->pc);
        li->gotos.len = 0;
        pending_label = s->labeled.label;
        gen_stmt(fs, s->labeled.stmt);
        pending_label = NULL;
        return;
    }
    case N_EXPRSTMT: {
        Node *x = unparen(s->exprstmt.x);
        if (x->kind == N_CALL) {
            CallInfo *ci = x->info;
            if (ci && ci->kind == CALL_BUILTIN) {
                int r = alloc_reg(fs, 4);
                Node tmp = *x;
                (void)tmp;
                gen_expr_to(fs, x, r);
            } else {
                gen_call(fs, x);
            }
        } else {
            gen_expr(fs, x);
        }
        break;
    }
    case N_SEND: {
        Type *ct = etype(fs, s->send.ch);
        Type *et = ST(fs, (ct->kind == TY_TYPEPARAM ? core_type(ct) : ct->u)->elem);
        int ch = gen_expr(fs, s->send.ch);
        int v = alloc_reg(fs, W(et) ? W(et) : 1);
        gen_conv_to(fs, s->send.value, et, v);
        emit(fs, BC_SEND, ch, v, 0);
        break;
    }
    case N_INCDEC: {
        LValue lv = gen_lvalue(fs, s->incdec.x);
        Type *t = lv.type;
        if (lv.kind == LV_REG && (t->u->kind == TY_INT || t->u->kind == TY_INT64 || t->u->kind == TY_UINT ||
                                  t->u->kind == TY_UINT64 || t->u->kind == TY_UINTPTR)) {
            emit(fs, BC_ADDI, lv.reg, lv.reg, s->incdec.inc ? 1 : (uint16_t)(int16_t)-1);
            break;
        }
        int cur = alloc_reg(fs, 1);
        gen_lvalue_load(fs, &lv, cur);
        if (t->u->flags & TF_FLOAT) {
            int one = alloc_reg(fs, 1);
            Word w;
            w.f = 1.0;
            emit_bx(fs, BC_LOADK, one, (uint32_t)kword(fs, w.u));
            emit(fs, s->incdec.inc ? BC_ADD_F : BC_SUB_F, cur, cur, one);
            normalize(fs, cur, t);
        } else {
            emit(fs, BC_ADDI, cur, cur, s->incdec.inc ? 1 : (uint16_t)(int16_t)-1);
            normalize(fs, cur, t);
        }
        gen_lvalue_store(fs, &lv, cur);
        break;
    }
    case N_ASSIGN:
        gen_assign(fs, s);
        if (s->assign.op == OP_DEFINE) return; /* new locals keep their registers */
        break;
    case N_GO:
    case N_DEFER: gen_go_defer(fs, s); break;
    case N_RETURN: gen_return(fs, s); break;
    case N_BRANCH: gen_branch(fs, s); break;
    case N_BLOCK: gen_block(fs, s); break;
    case N_IF: {
        if (s->ifstmt.init) gen_stmt(fs, s->ifstmt.init);
        IntVec jf = {0};
        gen_cond_jump(fs, s->ifstmt.cond, false, &jf);
        gen_block(fs, s->ifstmt.then);
        if (s->ifstmt.els) {
            int j = emit_jump(fs, BC_JMP, 0);
            for (int i = 0; i < jf.len; i++) patch_here(fs, jf.items[i]);
            if (s->ifstmt.els->kind == N_IF) gen_stmt(fs, s->ifstmt.els);
            else gen_block(fs, s->ifstmt.els);
            patch_here(fs, j);
        } else {
            for (int i = 0; i < jf.len; i++) patch_here(fs, jf.items[i]);
        }
        break;
    }
    case N_SWITCH: gen_switch(fs, s, label); break;
    case N_TYPESWITCH: gen_typeswitch(fs, s, label); break;
    case N_SELECT: gen_select(fs, s, label); break;
    case N_FOR: gen_for(fs, s, label); break;
    case N_RANGE: gen_range(fs, s, label); break;
    default: break;
    }
    fs->freereg = save;
}

/* ---- function bodies ---- */

void gen_function_body(FS *fs, FuncInfo *fi, Node *body, Object *recv) {
    Type *sig = ST(fs, fi->sig);
    fs->sig = sig;
    /* arguments */
    int at = 0;
    VEC(Object *) inmem = {0};
    VEC(int) inmem_at = {0};
    if (recv) {
        Type *rt = ST(fs, recv->type);
        VarLoc *v = var_lookup(fs, recv);
        if (!v) {
            Object *o = recv;
            if (var_in_memory(fs, o, rt)) {
                vec_push(&inmem, o);
                vec_push(&inmem_at, at);
            } else {
                VarLoc *nv = NULL;
                (void)nv;
                /* bind directly to the argument registers */
                VarLoc tmp = {o, VL_REG, at, 0, NULL};
                (void)tmp;
            }
        }
        at += W(rt);
    }
    int recv_at = 0;
    for (int i = 0; i < fi->params.len; i++) at += W(ST(fs, fi->params.items[i]->type));
    fs->p->nargs = at;
    alloc_reg(fs, at);
    /* bind parameters */
    at = 0;
    if (recv) {
        Type *rt = ST(fs, recv->type);
        if (var_in_memory(fs, recv, rt)) {
            int src = recv_at;
            VarLoc *v = var_define(fs, recv, rt);
            gen_store_to_addr(fs, v->reg, 0, rt, src);
        } else {
            extern VarLoc *gen_bind_reg(FS *, Object *, int);
            gen_bind_reg(fs, recv, 0);
        }
        at += W(rt);
    }
    for (int i = 0; i < fi->params.len; i++) {
        Object *o = fi->params.items[i];
        Type *t = ST(fs, o->type);
        if (strcmp(o->name, "_") != 0) {
            if (var_in_memory(fs, o, t)) {
                VarLoc *v = var_define(fs, o, t);
                gen_store_to_addr(fs, v->reg, 0, t, at);
            } else {
                extern VarLoc *gen_bind_reg(FS *, Object *, int);
                gen_bind_reg(fs, o, at);
            }
        }
        at += W(t);
    }
    int rw = 0;
    for (int i = 0; i < sig->nresults; i++) rw += W(ST(fs, sig->results[i]));
    fs->p->nresults = rw;
    fs->use_resvars = fi->has_defer;
    fs->p->has_defer = fi->has_defer;
    /* result variables: named results always; unnamed only with defer */
    if (fi->named_results || fs->use_resvars) {
        for (int i = 0; i < fi->results.len; i++) define_local(fs, fi->results.items[i], -1);
    }
    int body_start_reg = fs->freereg;
    (void)body_start_reg;
    for (int i = 0; i < body->block.stmts.len; i++) gen_stmt(fs, body->block.stmts.items[i]);
    fs->line = body->block.rbrace.line ? body->block.rbrace.line : fs->line;
    if (fs->use_resvars) {
        if (sig->nresults == 0) vec_push(&fs->retjumps, emit_jump(fs, BC_JMP, 0));
        else emit(fs, BC_UNREACHABLE, 0, 0, 0);
        int epi = here(fs);
        fs->recover_pc = epi;
        for (int i = 0; i < fs->retjumps.len; i++) patch_jump(fs, fs->retjumps.items[i], epi);
        emit(fs, BC_RUNDEFER, 0, 0, 0);
        int base = alloc_reg(fs, rw ? rw : 1);
        int off = 0;
        for (int i = 0; i < sig->nresults; i++) {
            Type *t = ST(fs, sig->results[i]);
            load_var(fs, fi->results.items[i], t, base + off);
            off += W(t);
        }
        emit(fs, BC_RET, base, rw, 0);
        fs->p->recover_pc = (uint32_t)epi;
    } else {
        if (sig->nresults == 0) emit(fs, BC_RET, 0, 0, 0);
        else emit(fs, BC_UNREACHABLE, 0, 0, 0);
    }
    (void)inmem;
    (void)inmem_at;
}

VarLoc *gen_bind_reg(FS *fs, Object *o, int reg) {
    VarLoc *v = var_lookup(fs, o);
    if (!v) {
        /* var_slot is static in gen.c: define then rebind */
        int save = fs->freereg;
        v = var_define(fs, o, ST(fs, o->type));
        fs->freereg = save;
    }
    v->kind = VL_REG;
    v->reg = reg;
    return v;
}

/* ---- method values and method expressions ---- */

typedef struct ThunkKey {
    Object *m;
    Type *recvtype;
    int kind;
    Proto *p;
} ThunkKey;
static VEC(ThunkKey) thunks;

Proto *gen_bound_method(FS *outer, Node *e) {
    Selection *sel = e->info;
    Object *m = sel->obj;
    Type *rb = sel->recvbase ? ST(outer, sel->recvbase) : NULL;
    Type **targs = NULL;
    int nt = 0;
    if (rb && rb->kind == TY_NAMED && rb->orig) {
        targs = rb->targs;
        nt = rb->ntargs;
    }
    Type *sig = sel->sig ? ST(outer, sel->sig) : ST(outer, m->type);
    bool methexpr = sel->kind == SEL_METHODEXPR;
    Type *xt = ST(outer, e->selector.x->type);
    bool iface = sel->kind == SEL_IFACEMETHOD || (methexpr && xt->u && xt->u->kind == TY_INTERFACE);
    Type *key = methexpr ? xt : (iface ? xt : ST(outer, nt ? check_subst(m->recv, rb->orig->tparams, targs, nt) : m->recv));
    int kind = methexpr ? 1 : 0;
    for (int i = 0; i < thunks.len; i++)
        if (thunks.items[i].m == m && thunks.items[i].recvtype == key && thunks.items[i].kind == kind) return thunks.items[i].p;
    StrBuf nb;
    sb_init(&nb);
    sb_printf(&nb, "%s.%s-fm", type_rstring(key), m->name);
    Proto *p = NEW(Proto);
    p->name = sb_cstr(&nb);
    p->file = e->pos.file;
    p->line = e->pos.line;
    ThunkKey tk = {m, key, kind, p};
    vec_push(&thunks, tk);
    FS fs;
    memset(&fs, 0, sizeof fs);
    fs.p = p;
    fs.line = e->pos.line;
    int argw = 0;
    for (int i = 0; i < sig->nparams; i++) argw += W(ST(NULL, sig->params[i]));
    int resw = 0;
    for (int i = 0; i < sig->nresults; i++) resw += W(ST(NULL, sig->results[i]));
    int recvin = methexpr ? W(key) : 0;
    alloc_reg(&fs, recvin + argw);
    p->nargs = recvin + argw;
    p->nresults = resw;
    if (iface) {
        /* receiver is an interface value (in the cell, or the first argument) */
        int iv;
        if (methexpr) iv = 0;
        else {
            int cp = alloc_reg(&fs, 1);
            emit(&fs, BC_GETUP, cp, 0, 0);
            iv = alloc_reg(&fs, 2);
            emit(&fs, BC_LOAD2, iv, cp, 0);
        }
        int f = alloc_reg(&fs, 1);
        ICache ic = {m->name, NULL, {NULL}, 0};
        vec_push(&fs.icache, ic);
        emit(&fs, BC_IMETHOD, f, iv, fs.icache.len - 1);
        int base = alloc_reg(&fs, 1 + argw + (resw > argw + 1 ? resw : 0));
        emit(&fs, BC_MOV, base, iv + 1, 0);
        if (argw) emit(&fs, BC_MOVN, base + 1, recvin, argw);
        emit(&fs, BC_CALL, base, f, 1);
        emit(&fs, BC_RET, base, resw, 0);
    } else {
        Type *mrt = ST(NULL, nt ? check_subst(m->recv, rb->orig->tparams, targs, nt) : m->recv);
        int rw = W(mrt);
        int base = alloc_reg(&fs, rw + argw + (resw > rw + argw ? resw : 0));
        if (methexpr) {
            /* adjust the receiver argument (type key) to the method's receiver */
            Selection s2 = *sel;
            s2.kind = SEL_METHOD;
            gen_emit_receiver(&fs, key, 0, key->kind == TY_POINTER, &s2, m, base);
        } else {
            int cp = alloc_reg(&fs, 1);
            emit(&fs, BC_GETUP, cp, 0, 0);
            gen_load_from_addr(&fs, base, cp, 0, mrt);
        }
        if (argw) emit(&fs, BC_MOVN, base + rw, recvin, argw);
        Proto *mp = gen_proto_for(m, targs, nt);
        emit_bx(&fs, mp->native ? BC_CALLNAT : BC_CALLK, base, (uint32_t)kptr(&fs, mp));
        emit(&fs, BC_RET, base, resw, 0);
    }
    fs_finish(&fs);
    return p;
}

/* ---- builtin thunks (go/defer of builtins) ---- */

Proto *gen_builtin_thunk(int builtin, Type **argtypes, int nargs, Node *call) {
    Proto *p = NEW(Proto);
    p->name = "runtime.deferwrap";
    p->file = call->pos.file;
    p->line = call->pos.line;
    FS fs;
    memset(&fs, 0, sizeof fs);
    fs.p = p;
    fs.line = call->pos.line;
    int aw = 0;
    for (int i = 0; i < nargs; i++) aw += W(argtypes[i]);
    alloc_reg(&fs, aw);
    p->nargs = aw;
    switch (builtin) {
    case BI_CLOSE: emit(&fs, BC_CLOSE, 0, 0, 0); break;
    case BI_PANIC: emit(&fs, BC_PANIC, 0, 0, 0); break;
    case BI_PRINT:
    case BI_PRINTLN: emit(&fs, BC_PRINT, 0, nargs, builtin == BI_PRINTLN); break;
    case BI_DELETE: emit(&fs, BC_MAPDEL, 0, 1, knilmap_key(&fs, argtypes[0]->u->key)); break;
    case BI_CLEAR:
        if (argtypes[0]->u->kind == TY_MAP) emit(&fs, BC_MAPCLEAR, 0, 0, 0);
        else {
            emit(&fs, BC_CLEARSL, 0, 0, 0);
            emit(&fs, BC_NOP, ST(NULL, argtypes[0]->u->elem)->esize, 0, 0);
        }
        break;
    case BI_COPY: {
        int r = alloc_reg(&fs, 1);
        if (argtypes[1]->u->kind == TY_STRING) emit(&fs, BC_COPYSTR, r, 0, 3);
        else {
            emit(&fs, BC_COPY, r, 0, 3);
            emit(&fs, BC_NOP, ST(NULL, argtypes[0]->u->elem)->esize, 0, 0);
        }
        break;
    }
    default:
        /* other builtins have no effect worth deferring (the checker rejects discarded results) */
        break;
    }
    emit(&fs, BC_RET, 0, 0, 0);
    fs_finish(&fs);
    return p;
}
