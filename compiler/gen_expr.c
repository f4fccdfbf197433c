/* gen_expr.c — code generation for expressions, addresses and lvalues.
 *
 * gen_expr returns the first register of the value; for a local variable held in registers
 * that is the variable itself (no copy), so callers must not write to the returned registers.
 * gen_expr_to always writes the value into the given registers.
 */
#include <stdlib.h>
#include "gen.h"

Type *etype(FS *fs, Node *e) {
    Type *t = e->type;
    if (!t) return ty_invalid;
    return ST(fs, t);
}

static int tmp(FS *fs, Type *t) { return alloc_reg(fs, W(t) ? W(t) : 1); }

static void mov(FS *fs, int dst, int src, int w) {
    if (dst == src || w == 0) return;
    if (w == 1) emit(fs, BC_MOV, dst, src, 0);
    else if (w == 2) emit(fs, BC_MOV2, dst, src, 0);
    else if (w == 3) emit(fs, BC_MOV3, dst, src, 0);
    else emit(fs, BC_MOVN, dst, src, w);
}

void gen_zero(FS *fs, int dst, Type *t) {
    int w = W(t);
    if (w == 1) emit(fs, BC_LOADNIL, dst, 0, 0);
    else if (w > 1) emit(fs, BC_ZERO, dst, w, 0);
}

static void load_int(FS *fs, int dst, int64_t v) {
    if (v >= INT32_MIN && v <= INT32_MAX) emit_bx(fs, BC_LOADI, dst, (uint32_t)(int32_t)v);
    else {
        emit(fs, BC_LOADI64, dst, 0, 0);
        emit_word(fs, (uint64_t)v);
    }
}

/* ---- constants ---- */

void gen_const(FS *fs, Node *e, Type *t, int dst) {
    ConstVal *v = e->cval;
    if (!t || is_untyped(t)) t = check_default_type(t ? t : e->type);
    t = ST(fs, t);
    Type *u = t->u;
    if (u->kind == TY_INTERFACE) {
        /* boxing a constant: materialise with its own (default) type */
        Type *ct = ST(fs, check_default_type(e->type));
        int r = tmp(fs, ct);
        gen_const(fs, e, ct, r);
        gen_ensure_mtab(ct);
        emit(fs, BC_BOX, dst, r, kptr(fs, ct));
        return;
    }
    switch (v->kind) {
    case CV_BOOL: load_int(fs, dst, v->b ? 1 : 0); return;
    case CV_STRING: emit_bx(fs, BC_LOADK2, dst, (uint32_t)kstring(fs, v->s, v->slen)); return;
    case CV_INT:
    case CV_FLOAT:
        if (u->flags & TF_FLOAT) {
            double d = cv_float64_val(v);
            if (u->kind == TY_FLOAT32) d = (double)(float)d;
            Word w;
            w.f = d;
            emit_bx(fs, BC_LOADK, dst, (uint32_t)kword(fs, w.u));
            return;
        }
        if (u->flags & TF_INTEGER) {
            ConstVal *iv = v->kind == CV_INT ? v : cv_to_int(v);
            int64_t x = (u->flags & TF_UNSIGNED) ? (int64_t)cv_uint64_val(iv) : cv_int64_val(iv);
            load_int(fs, dst, x);
            return;
        }
        break;
    }
    load_int(fs, dst, 0);
}

/* ---- memory access ---- */

static int packed_kind(Type *t) {
    switch (t->u->kind) {
    case TY_INT8: return 1;
    case TY_UINT8: return 2;
    case TY_INT16: return 3;
    case TY_UINT16: return 4;
    case TY_INT32: return 5;
    case TY_UINT32: return 6;
    case TY_FLOAT32: return 7;
    case TY_BOOL: return 8;
    default: return 0;
    }
}

/* Small integers and bools are read from memory at their own width (a store through a pointer
 * may have written only those bytes: the pointer may point into a packed array). Likewise a
 * multi-word value (struct) loaded from memory has its small fields normalised. */
static int narrow_kind(Type *t) {
    switch (t->u->kind) {
    case TY_INT8: return 1;
    case TY_UINT8: return 2;
    case TY_INT16: return 3;
    case TY_UINT16: return 4;
    case TY_INT32: return 5;
    case TY_UINT32: return 6;
    case TY_BOOL: return 8;
    default: return 0;
    }
}

static void normalize_loaded(FS *fs, int dst, Type *t) {
    Type *u = t->u;
    if (u->kind != TY_STRUCT) return;
    for (int i = 0; i < u->nfields; i++) {
        Type *ft = u->fields[i].type;
        int r = dst + (int)(u->fields[i].offset / 8);
        switch (ft->u->kind) {
        case TY_INT8: emit(fs, BC_SEXT8, r, r, 0); break;
        case TY_INT16: emit(fs, BC_SEXT16, r, r, 0); break;
        case TY_INT32: emit(fs, BC_SEXT32, r, r, 0); break;
        case TY_UINT8: case TY_BOOL: emit(fs, BC_ZEXT8, r, r, 0); break;
        case TY_UINT16: emit(fs, BC_ZEXT16, r, r, 0); break;
        case TY_UINT32: emit(fs, BC_ZEXT32, r, r, 0); break;
        case TY_STRUCT: normalize_loaded(fs, r, ft); break;
        default: break;
        }
    }
}

static bool has_small_fields(Type *t) {
    Type *u = t->u;
    if (u->kind != TY_STRUCT) return false;
    for (int i = 0; i < u->nfields; i++) {
        Type *ft = u->fields[i].type;
        if (narrow_kind(ft) || has_small_fields(ft)) return true;
    }
    return false;
}

void gen_load_from_addr(FS *fs, int dst, int ptr, int off, Type *t) {
    int w = W(t);
    int nk = w == 1 ? narrow_kind(t) : 0;
    if (nk) {
        emit(fs, BC_LOADX, dst, ptr, off);
        emit(fs, BC_NOP, nk, 0, 0);
        return;
    }
    if (w > 1 && has_small_fields(t)) {
        if (w == 2) emit(fs, BC_LOAD2, dst, ptr, off);
        else if (w == 3) emit(fs, BC_LOAD3, dst, ptr, off);
        else {
            emit(fs, BC_LOADN, dst, ptr, off);
            emit(fs, BC_NOP, w, 0, 0);
        }
        normalize_loaded(fs, dst, t);
        return;
    }
    if (w == 0) emit(fs, BC_NILCHK, ptr, 0, 0);
    else if (w == 1) emit(fs, BC_LOAD, dst, ptr, off);
    else if (w == 2) emit(fs, BC_LOAD2, dst, ptr, off);
    else if (w == 3) emit(fs, BC_LOAD3, dst, ptr, off);
    else {
        emit(fs, BC_LOADN, dst, ptr, off);
        emit(fs, BC_NOP, w, 0, 0);
    }
}

void gen_store_to_addr(FS *fs, int ptr, int off, Type *t, int src) {
    int w = W(t);
    int nk = w == 1 ? narrow_kind(t) : 0;
    if (nk) {
        emit(fs, BC_STOREX, ptr, src, off);
        emit(fs, BC_NOP, nk, 0, 0);
        return;
    }
    if (w == 0) emit(fs, BC_NILCHK, ptr, 0, 0);
    else if (w == 1) emit(fs, BC_STORE, ptr, src, off);
    else if (w == 2) emit(fs, BC_STORE2, ptr, src, off);
    else if (w == 3) emit(fs, BC_STORE3, ptr, src, off);
    else {
        emit(fs, BC_STOREN, ptr, src, off);
        emit(fs, BC_NOP, w, 0, 0);
    }
}

/* element of an array/slice: packed when esize < 8 */
static void load_elem(FS *fs, int dst, int ptr, Type *et) {
    int pk = et->esize < 8 ? packed_kind(et) : 0;
    if (pk) {
        emit(fs, BC_LOADX, dst, ptr, 0);
        emit(fs, BC_NOP, pk, 0, 0);
    } else {
        gen_load_from_addr(fs, dst, ptr, 0, et);
    }
}

static void store_elem(FS *fs, int ptr, int off, Type *et, int src) {
    int pk = et->esize < 8 ? packed_kind(et) : 0;
    if (pk) {
        emit(fs, BC_STOREX, ptr, src, off);
        emit(fs, BC_NOP, pk, 0, 0);
    } else {
        gen_store_to_addr(fs, ptr, off, et, src);
    }
}

/* ---- variables ---- */

static int var_ptr(FS *fs, VarLoc *v, Object *o) {
    int r;
    switch (v ? v->kind : VL_GLOBAL) {
    case VL_CELL: return v->reg;
    case VL_UP:
        r = alloc_reg(fs, 1);
        emit(fs, BC_GETUP, r, v->up, 0);
        return r;
    default:
        r = alloc_reg(fs, 1);
        emit_bx(fs, BC_LOADK, r, (uint32_t)kptr(fs, gen_global_addr(o)));
        return r;
    }
}

static VarLoc *lookup_var(FS *fs, Object *o) {
    VarLoc *v = var_lookup(fs, o);
    if (!v && !o->global) {
        errorf(o->pos, "goro: internal error: variable %s has no storage in %s", o->name, fs->p->name);
    }
    return v;
}

/* ---- helpers ---- */

static Proto *proto_of_funcobj(FS *fs, Object *o, Node *e) {
    (void)e;
    return gen_proto_for(o, NULL, 0);
}

static void emit_funcval(FS *fs, Proto *p, int dst) {
    emit_bx(fs, BC_FUNCVAL, dst, (uint32_t)kptr(fs, vm_static_closure(p)));
}

/* Instantiated function proto for a generic function reference node (ident, selector, index). */
static Proto *generic_proto(FS *fs, Object *fn, Type **targs, int n) {
    Type **st = NEWARR(Type *, n + 1);
    for (int i = 0; i < n; i++) st[i] = ST(fs, targs[i]);
    return gen_proto_for(fn, st, n);
}

/* ---- field access ---- */

/* If x is a variable held in registers (a register local, or a field of one, through any
 * number of non-pointer selectors), return true and its first register. */
static bool reg_location(FS *fs, Node *x, int *reg) {
    Node *u = unparen(x);
    if (u->kind == N_IDENT && u->obj && u->obj->kind == OBJ_VAR && !u->obj->global) {
        VarLoc *v = var_lookup(fs, u->obj);
        if (v && v->kind == VL_REG) {
            *reg = v->reg;
            return true;
        }
        return false;
    }
    if (u->kind == N_SELECTOR && u->info && ((Selection *)u->info)->kind == SEL_FIELD) {
        Selection *sel = u->info;
        if (sel->xptr) return false;
        for (int i = 0; i < sel->npath; i++)
            if (sel->derefs[i]) return false;
        int base;
        if (!reg_location(fs, u->selector.x, &base)) return false;
        Type *t = etype(fs, u->selector.x);
        int off = 0;
        for (int i = 0; i < sel->npath; i++) {
            Field *f = &t->u->fields[sel->path[i]];
            off += (int)(f->offset / 8);
            t = ST(fs, f->type);
        }
        *reg = base + off;
        return true;
    }
    return false;
}

/* Compute the address or register location of x.f along sel's path.
 * On return: if *isptr, *reg holds a pointer and *off a byte offset; otherwise the value lives
 * in registers starting at *reg + *off (word offset). */
static void walk_path(FS *fs, Node *x, Selection *sel, int npath, int *reg, int *off, bool *isptr, Type **ct) {
    Type *t = etype(fs, x);
    Node *ux = unparen(x);
    int r;
    bool p;
    int o = 0;
    if (sel->xptr) {
        r = gen_expr(fs, x);
        p = true;
        t = t->kind == TY_TYPEPARAM ? core_type(t)->elem : (t->u->kind == TY_POINTER ? t->u->elem : t->elem);
        t = ST(fs, t);
    } else if (reg_location(fs, x, &r)) {
        p = false;
    } else if (ux->mode == MODE_VAR) {
        r = gen_addr(fs, x);
        p = true;
    } else {
        r = gen_expr(fs, x);
        p = false;
    }
    for (int i = 0; i < npath; i++) {
        Type *u = t->u;
        Field *f = &u->fields[sel->path[i]];
        if (p) o += (int)f->offset;
        else o += (int)(f->offset / 8);
        t = ST(fs, f->type);
        if (sel->derefs[i] && i < npath - 1 + 1 && (i < npath - 1 || sel->kind != SEL_FIELD)) {
            int nr = alloc_reg(fs, 1);
            if (p) emit(fs, BC_LOAD, nr, r, o);
            else emit(fs, BC_MOV, nr, r + o, 0);
            r = nr;
            o = 0;
            p = true;
            t = ST(fs, t->u->elem);
        }
    }
    *reg = r;
    *off = o;
    *isptr = p;
    *ct = t;
}

static void gen_field(FS *fs, Node *e, int dst) {
    Selection *sel = e->info;
    int reg, off;
    bool isptr;
    Type *ct;
    walk_path(fs, e->selector.x, sel, sel->npath, &reg, &off, &isptr, &ct);
    Type *ft = etype(fs, e);
    if (isptr) gen_load_from_addr(fs, dst, reg, off, ft);
    else mov(fs, dst, reg + off, W(ft));
}

/* ---- addresses ---- */

int gen_addr(FS *fs, Node *e) {
    Node *u = unparen(e);
    switch (u->kind) {
    case N_IDENT: {
        Object *o = u->obj;
        if (o->global) return var_ptr(fs, NULL, o);
        VarLoc *v = lookup_var(fs, o);
        if (!v) return alloc_reg(fs, 1);
        if (v->kind == VL_REG) {
            errorf(u->pos, "goro: internal error: address of register variable %s", o->name);
            return alloc_reg(fs, 1);
        }
        return var_ptr(fs, v, o);
    }
    case N_SELECTOR: {
        Selection *sel = u->info;
        if (sel && sel->kind == SEL_PKG) return var_ptr(fs, NULL, sel->obj);
        int reg, off;
        bool isptr;
        Type *ct;
        walk_path(fs, u->selector.x, sel, sel->npath, &reg, &off, &isptr, &ct);
        if (!isptr) {
            errorf(u->pos, "goro: internal error: address of register value");
            return reg;
        }
        if (off == 0) return reg;
        int r = alloc_reg(fs, 1);
        emit(fs, BC_ADDPTR, r, reg, off);
        return r;
    }
    case N_INDEX: {
        Type *xt = etype(fs, u->index.x);
        Type *cu = xt->kind == TY_TYPEPARAM ? core_type(xt) : xt->u;
        Node *ix = u->index.indices.items[0];
        if (cu->kind == TY_SLICE) {
            int s = gen_expr(fs, u->index.x);
            int i = gen_expr(fs, ix);
            int r = alloc_reg(fs, 1);
            emit(fs, BC_IDXADDR, r, s, i);
            emit(fs, BC_NOP, ST(fs, cu->elem)->esize, 0, 0);
            return r;
        }
        if (cu->kind == TY_ARRAY || cu->kind == TY_POINTER) {
            Type *at = cu->kind == TY_ARRAY ? cu : ST(fs, cu->elem)->u;
            int base = cu->kind == TY_ARRAY ? gen_addr(fs, u->index.x) : gen_expr(fs, u->index.x);
            int i = gen_expr(fs, ix);
            int r = alloc_reg(fs, 1);
            emit(fs, BC_ARRADDR, r, base, i);
            int64_t len = at->len;
            emit(fs, BC_NOP, ST(fs, at->elem)->esize, (int)((uint64_t)len >> 16) & 0xffff, (int)(len & 0xffff));
            if (len > 0xffffffffLL) errorf(u->pos, "goro: array too large");
            return r;
        }
        break;
    }
    case N_STAR: return gen_expr(fs, u->star.x);
    case N_COMPOSITE: {
        /* &T{...}: allocate and initialise in memory */
        Type *t = etype(fs, u);
        if (u->flags & NF_ELIDED_ADDR) t = t->u->elem;
        int r = alloc_reg(fs, 1);
        emit_bx(fs, BC_NEWOBJ, r, (uint32_t)kptr(fs, t));
        int v = tmp(fs, t);
        Node saved = *u;
        u->flags &= (uint8_t)~NF_ELIDED_ADDR;
        u->type = t;
        gen_expr_to(fs, u, v);
        *u = saved;
        gen_store_to_addr(fs, r, 0, t, v);
        return r;
    }
    default:
        break;
    }
    /* a non-addressable value whose address is needed (method call on a temporary):
     * spill into a new cell */
    Type *t = etype(fs, e);
    int v = gen_expr(fs, e);
    int r = alloc_reg(fs, 1);
    emit_bx(fs, BC_NEWOBJ, r, (uint32_t)kptr(fs, t));
    gen_store_to_addr(fs, r, 0, t, v);
    return r;
}

/* ---- lvalues ---- */

LValue gen_lvalue(FS *fs, Node *e) {
    LValue lv = {0};
    Node *u = unparen(e);
    if (u->kind == N_IDENT && strcmp(u->ident.name, "_") == 0) {
        lv.kind = LV_BLANK;
        return lv;
    }
    lv.type = etype(fs, e);
    {
        int r;
        if (reg_location(fs, e, &r)) {
            lv.kind = LV_REG;
            lv.reg = r;
            return lv;
        }
    }
    if (u->kind == N_INDEX) {
        Type *xt = etype(fs, u->index.x);
        Type *cu = xt->kind == TY_TYPEPARAM ? core_type(xt) : xt->u;
        if (cu->kind == TY_MAP) {
            lv.kind = LV_MAP;
            lv.reg = gen_expr(fs, u->index.x);
            lv.keytype = ST(fs, cu->key);
            lv.keyreg = tmp(fs, lv.keytype);
            gen_conv_to(fs, u->index.indices.items[0], lv.keytype, lv.keyreg);
            return lv;
        }
    }
    if (u->kind == N_SELECTOR && u->info && ((Selection *)u->info)->kind == SEL_FIELD) {
        Selection *sel = u->info;
        int reg, off;
        bool isptr;
        Type *ct;
        walk_path(fs, u->selector.x, sel, sel->npath, &reg, &off, &isptr, &ct);
        if (isptr) {
            lv.kind = LV_MEM;
            lv.reg = reg;
            lv.off = off;
        } else {
            lv.kind = LV_REG;
            lv.reg = reg + off;
        }
        return lv;
    }
    lv.kind = LV_MEM;
    lv.reg = gen_addr(fs, e);
    lv.off = 0;
    /* packed element stores */
    if (u->kind == N_INDEX) {
        Type *xt = etype(fs, u->index.x);
        Type *cu = xt->kind == TY_TYPEPARAM ? core_type(xt) : xt->u;
        if (cu->kind == TY_SLICE || cu->kind == TY_ARRAY || cu->kind == TY_POINTER) lv.off = -1; /* element */
    }
    return lv;
}

void gen_lvalue_store(FS *fs, LValue *lv, int src) {
    switch (lv->kind) {
    case LV_BLANK: return;
    case LV_REG: mov(fs, lv->reg, src, W(lv->type)); return;
    case LV_MEM:
        if (lv->off == -1) store_elem(fs, lv->reg, 0, lv->type, src);
        else gen_store_to_addr(fs, lv->reg, lv->off, lv->type, src);
        return;
    case LV_MAP: emit(fs, BC_MAPSET, lv->reg, lv->keyreg, src); return;
    }
}

void gen_lvalue_load(FS *fs, LValue *lv, int dst) {
    switch (lv->kind) {
    case LV_BLANK: return;
    case LV_REG: mov(fs, dst, lv->reg, W(lv->type)); return;
    case LV_MEM:
        if (lv->off == -1) load_elem(fs, dst, lv->reg, lv->type);
        else gen_load_from_addr(fs, dst, lv->reg, lv->off, lv->type);
        return;
    case LV_MAP:
        emit(fs, BC_MAPGET, dst, lv->reg, lv->keyreg);
        emit(fs, BC_NOP, W(lv->type), 0, 0); /* m[k] op= v on a nil map: the assignment panics first */
        return;
    }
}

/* ---- conversions ---- */

static bool is_iface(Type *t) { return t && t->u && t->u->kind == TY_INTERFACE && t->kind != TY_TYPEPARAM; }

static void normalize_int(FS *fs, int r, Type *t) {
    switch (t->u->kind) {
    case TY_INT8: emit(fs, BC_SEXT8, r, r, 0); break;
    case TY_INT16: emit(fs, BC_SEXT16, r, r, 0); break;
    case TY_INT32: emit(fs, BC_SEXT32, r, r, 0); break;
    case TY_UINT8: emit(fs, BC_ZEXT8, r, r, 0); break;
    case TY_UINT16: emit(fs, BC_ZEXT16, r, r, 0); break;
    case TY_UINT32: emit(fs, BC_ZEXT32, r, r, 0); break;
    default: break;
    }
}

/* Convert the value at src (type from) to type to, into dst. */
void gen_convert_regs(FS *fs, int src, Type *from, Type *to, int dst) {
    from = ST(fs, from);
    to = ST(fs, to);
    if (from == ty_untyped_nil || (from && from->kind == TY_UNTYPED_NIL)) {
        gen_zero(fs, dst, to);
        return;
    }
    if (is_iface(to) && !is_iface(from)) {
        gen_ensure_mtab(from);
        emit(fs, BC_BOX, dst, src, kptr(fs, from));
        return;
    }
    mov(fs, dst, src, W(to));
}

static void conversion(FS *fs, Node *e, int dst);

void gen_conv_to(FS *fs, Node *e, Type *target, int dst) {
    target = ST(fs, target);
    if (e->mode == MODE_CONST && e->cval) {
        Type *ct = etype(fs, e);
        if (is_iface(target) && !is_iface(ct)) {
            int r = tmp(fs, ct);
            gen_const(fs, e, ct, r);
            gen_ensure_mtab(ct);
            emit(fs, BC_BOX, dst, r, kptr(fs, ct));
            return;
        }
        gen_const(fs, e, is_untyped(e->type) ? target : ct, dst);
        return;
    }
    if (e->type == ty_untyped_nil || (unparen(e)->kind == N_IDENT && unparen(e)->obj && unparen(e)->obj->kind == OBJ_NIL)) {
        gen_zero(fs, dst, target);
        return;
    }
    Type *from = etype(fs, e);
    if (is_iface(target) && !is_iface(from)) {
        int r = gen_expr(fs, e);
        gen_ensure_mtab(from);
        emit(fs, BC_BOX, dst, r, kptr(fs, from));
        return;
    }
    gen_expr_to(fs, e, dst);
}

/* ---- calls ---- */

/* Evaluate arguments of a call into registers starting at base; returns words used. */
static int gen_args(FS *fs, Node *call, Type *sig, int base, int recvw) {
    CallInfo *ci = call->info;
    NodeList *args = &call->call.args;
    int at = base + recvw;
    int np = sig->nparams;
    if (ci && ci->spread) {
        Node *a = args->items[0];
        Type *tt = etype(fs, a);
        int r = gen_call(fs, a);
        int off = 0;
        /* place converted values; a temp copy avoids overlap */
        int tw = 0;
        for (int i = 0; i < tt->ntuple; i++) tw += W(ST(fs, tt->tuple[i]));
        int t = alloc_reg(fs, tw ? tw : 1);
        mov(fs, t, r, tw);
        if (sig->variadic) {
            /* pack trailing values into a slice */
            for (int i = 0; i < np - 1; i++) {
                Type *pt = ST(fs, sig->params[i]);
                gen_convert_regs(fs, t + off, ST(fs, tt->tuple[i]), pt, at);
                off += W(ST(fs, tt->tuple[i]));
                at += W(pt);
            }
            Type *st = ST(fs, sig->params[np - 1]);
            Type *et = ST(fs, st->u->elem);
            int n = tt->ntuple - (np - 1);
            int ew = W(et);
            int vals = alloc_reg(fs, n * ew + 1);
            for (int i = 0; i < n; i++) {
                Type *vt = ST(fs, tt->tuple[np - 1 + i]);
                gen_convert_regs(fs, t + off, vt, et, vals + i * ew);
                off += W(vt);
            }
            emit(fs, BC_MKSLICE, at, vals, n);
            emit_word(fs, (uint64_t)kptr(fs, et));
            at += 3;
        } else {
            for (int i = 0; i < tt->ntuple; i++) {
                Type *pt = ST(fs, sig->params[i]);
                Type *vt = ST(fs, tt->tuple[i]);
                gen_convert_regs(fs, t + off, vt, pt, at);
                off += W(vt);
                at += W(pt);
            }
        }
        return at - base;
    }
    int nfixed = sig->variadic && !call->call.ellipsis ? np - 1 : np;
    for (int i = 0; i < nfixed && i < args->len; i++) {
        Type *pt = ST(fs, sig->params[i]);
        int save = fs->freereg;
        if (fs->freereg < at + W(pt)) fs->freereg = at + W(pt);
        if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
        gen_conv_to(fs, args->items[i], pt, at);
        fs->freereg = save > at + W(pt) ? save : at + W(pt);
        at += W(pt);
    }
    if (sig->variadic && !call->call.ellipsis) {
        Type *st = ST(fs, sig->params[np - 1]);
        Type *et = ST(fs, st->u->elem);
        int n = args->len - nfixed;
        if (n <= 0) {
            if (fs->freereg < at + 3) { fs->freereg = at + 3; if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg; }
            emit(fs, BC_ZERO, at, 3, 0);
        } else {
            int ew = W(et);
            if (fs->freereg < at + 3) { fs->freereg = at + 3; if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg; }
            int vals = alloc_reg(fs, n * ew + 1);
            for (int i = 0; i < n; i++) gen_conv_to(fs, args->items[nfixed + i], et, vals + i * ew);
            emit(fs, BC_MKSLICE, at, vals, n);
            emit_word(fs, (uint64_t)kptr(fs, et));
        }
        at += 3;
    }
    if (fs->freereg < at) {
        fs->freereg = at;
        if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
    }
    return at - base;
}

static void reserve_results(FS *fs, int base, Type *sig) {
    int rw = 0;
    for (int i = 0; i < sig->nresults; i++) rw += W(ST(fs, sig->results[i]));
    if (fs->freereg < base + rw) {
        fs->freereg = base + rw;
        if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
    }
}

static void gen_builtin(FS *fs, Node *e, int builtin, int dst);

/* Compute the receiver of a method call x.m into registers at dst. */
static void gen_method_recv(FS *fs, Node *selnode, int dst) {
    Selection *sel = selnode->info;
    Node *x = selnode->selector.x;
    Object *m = sel->obj;
    bool ptrrecv = m->recv && m->recv->kind == TY_POINTER;
    int reg, off;
    bool isptr;
    Type *ct;
    /* walk all path steps (embedded fields); the final deref flags apply */
    Type *xt = etype(fs, x);
    if (sel->npath == 0) {
        if (ptrrecv) {
            if (sel->xptr) gen_expr_to(fs, x, dst);
            else {
                int a = gen_addr(fs, x);
                mov(fs, dst, a, 1);
            }
        } else {
            if (sel->xptr) {
                int p = gen_expr(fs, x);
                Type *bt = ST(fs, xt->u->kind == TY_POINTER ? xt->u->elem : core_type(xt)->elem);
                gen_load_from_addr(fs, dst, p, 0, bt);
            } else {
                gen_expr_to(fs, x, dst);
            }
        }
        return;
    }
    /* embedded path */
    Selection tmpsel = *sel;
    tmpsel.kind = SEL_METHOD;
    Node *ux = unparen(x);
    if (!sel->xptr && ptrrecv && !(ux->mode == MODE_VAR)) {
        /* spill */
    }
    walk_path(fs, x, &tmpsel, sel->npath, &reg, &off, &isptr, &ct);
    bool lastptr = sel->derefs[sel->npath - 1];
    (void)lastptr;
    if (ptrrecv) {
        if (isptr) {
            if (off) emit(fs, BC_ADDPTR, dst, reg, off);
            else mov(fs, dst, reg, 1);
        } else {
            /* value in registers: spill to memory */
            int r = alloc_reg(fs, 1);
            emit_bx(fs, BC_NEWOBJ, r, (uint32_t)kptr(fs, ct));
            gen_store_to_addr(fs, r, 0, ct, reg + off);
            mov(fs, dst, r, 1);
        }
    } else {
        if (isptr) gen_load_from_addr(fs, dst, reg, off, ct);
        else mov(fs, dst, reg + off, W(ct));
    }
}

int gen_call(FS *fs, Node *call) {
    CallInfo *ci = call->info;
    Node *fun = unparen(call->call.fun);
    set_line(fs, call);
    if (ci && ci->kind == CALL_BUILTIN) {
        Type *rt = call->type ? etype(fs, call) : NULL;
        int r = rt && rt->kind != TY_TUPLE ? tmp(fs, rt) : alloc_reg(fs, 1);
        gen_builtin(fs, call, ci->builtin, r);
        return r;
    }
    if (ci && ci->kind == CALL_CONVERSION) {
        Type *rt = etype(fs, call);
        int r = tmp(fs, rt);
        conversion(fs, call, r);
        return r;
    }
    Type *sig = ci ? ST(fs, ci->sig) : ST(fs, core_type(fun->type));
    if (sig->kind != TY_FUNC) sig = sig->u;
    /* method calls */
    if (ci && ci->kind == CALL_METHOD) {
        Selection *sel = fun->info;
        Object *m = sel->obj;
        Type *rb = sel->recvbase ? ST(fs, sel->recvbase) : NULL;
        Type **targs = NULL;
        int nt = 0;
        if (rb && rb->kind == TY_NAMED && rb->orig) {
            targs = rb->targs;
            nt = rb->ntargs;
        }
        Type *rtype = m->recv;
        if (nt) rtype = check_subst(rtype, rb->orig->tparams, targs, nt);
        if (rb && rb->kind == TY_TYPEPARAM) {
            errorf(call->pos, "goro: internal error: method call on type parameter");
        }
        rtype = ST(fs, rtype);
        int rw = W(rtype);
        int base = alloc_reg(fs, rw);
        gen_method_recv(fs, fun, base);
        fs->freereg = base + rw;
        gen_args(fs, call, sig, base, rw);
        reserve_results(fs, base, sig);
        Proto *p = gen_proto_for(m, targs, nt);
        emit_bx(fs, p->native ? BC_CALLNAT : BC_CALLK, base, (uint32_t)kptr(fs, p));
        return base;
    }
    if (ci && ci->kind == CALL_IFACE) {
        Selection *sel = fun->info;
        Node *x = fun->selector.x;
        Type *xt = etype(fs, x);
        if (xt->kind != TY_TYPEPARAM && is_iface(xt) && !sel->xptr && sel->npath == 0) {
            int iv = gen_expr(fs, x);
            int f = alloc_reg(fs, 1);
            ICache ic = {sel->obj->name, NULL, {NULL}, 0};
            vec_push(&fs->icache, ic);
            emit(fs, BC_IMETHOD, f, iv, fs->icache.len - 1);
            int base = alloc_reg(fs, 1);
            emit(fs, BC_MOV, base, iv + 1, 0);
            fs->freereg = base + 1;
            gen_args(fs, call, sig, base, 1);
            reserve_results(fs, base, sig);
            emit(fs, BC_CALL, base, f, 1);
            return base;
        }
        if (xt->kind == TY_TYPEPARAM || (sel->recvbase && ST(fs, sel->recvbase)->kind != TY_TYPEPARAM && !is_iface(ST(fs, sel->recvbase)))) {
            /* method of a type parameter: resolved statically after substitution */
            Type *concrete = ST(fs, sel->recvbase ? sel->recvbase : xt);
            if (sel->xptr) concrete = ST(fs, xt);
            Selection s2 = {0};
            bool amb, ind;
            Object *m = lookup_field_or_method(concrete, sel->obj->name, NULL, &s2, &amb, &ind);
            if (m && s2.kind == SEL_METHOD) {
                Node fake = *fun;
                Selection *ns = NEW(Selection);
                *ns = s2;
                ns->xptr = concrete->kind == TY_POINTER;
                Object *mm = m;
                bool ptrrecv = mm->recv && mm->recv->kind == TY_POINTER;
                fake.info = ns;
                Node fcall = *call;
                fcall.call.fun = &fake;
                CallInfo nci = *ci;
                nci.kind = CALL_METHOD;
                fcall.info = &nci;
                (void)ptrrecv;
                return gen_call(fs, &fcall);
            }
            if (m && s2.kind == SEL_IFACEMETHOD) {
                /* T is an interface type: dynamic call */
                int iv = gen_expr(fs, x);
                int f = alloc_reg(fs, 1);
                ICache ic = {sel->obj->name, NULL, {NULL}, 0};
                vec_push(&fs->icache, ic);
                emit(fs, BC_IMETHOD, f, iv, fs->icache.len - 1);
                int base = alloc_reg(fs, 1);
                emit(fs, BC_MOV, base, iv + 1, 0);
                fs->freereg = base + 1;
                gen_args(fs, call, sig, base, 1);
                reserve_results(fs, base, sig);
                emit(fs, BC_CALL, base, f, 1);
                return base;
            }
            errorf(call->pos, "goro: internal error: unresolved method %s on %s", sel->obj->name, type_rstring(concrete));
            return alloc_reg(fs, 1);
        }
        /* interface embedded in a struct (promoted interface method) */
        {
            int reg, off;
            bool isptr;
            Type *ct;
            Selection tmpsel = *sel;
            walk_path(fs, x, &tmpsel, sel->npath, &reg, &off, &isptr, &ct);
            int iv = alloc_reg(fs, 2);
            if (isptr) emit(fs, BC_LOAD2, iv, reg, off);
            else mov(fs, iv, reg + off, 2);
            int f = alloc_reg(fs, 1);
            ICache ic = {sel->obj->name, NULL, {NULL}, 0};
            vec_push(&fs->icache, ic);
            emit(fs, BC_IMETHOD, f, iv, fs->icache.len - 1);
            int base = alloc_reg(fs, 1);
            emit(fs, BC_MOV, base, iv + 1, 0);
            fs->freereg = base + 1;
            gen_args(fs, call, sig, base, 1);
            reserve_results(fs, base, sig);
            emit(fs, BC_CALL, base, f, 1);
            return base;
        }
    }
    /* static calls of declared functions */
    Object *fo = NULL;
    if (fun->kind == N_IDENT && fun->obj && fun->obj->kind == OBJ_FUNC) fo = fun->obj;
    else if (fun->kind == N_SELECTOR && fun->info && ((Selection *)fun->info)->kind == SEL_PKG && fun->obj &&
             fun->obj->kind == OBJ_FUNC)
        fo = fun->obj;
    else if (fun->kind == N_INDEX && fun->obj && fun->obj->kind == OBJ_FUNC)
        fo = fun->obj;
    if (fo && fo->pkg && fo->native && strcmp(fo->pkg->path, "math") == 0 && call->call.args.len == 1) {
        /* intrinsics: math functions that are one machine instruction */
        OpCode op = BC_NOP;
        if (strcmp(fo->name, "Sqrt") == 0) op = BC_FSQRT;
        else if (strcmp(fo->name, "Abs") == 0) op = BC_FABS;
        else if (strcmp(fo->name, "Floor") == 0) op = BC_FFLOOR;
        else if (strcmp(fo->name, "Ceil") == 0) op = BC_FCEIL;
        else if (strcmp(fo->name, "Trunc") == 0) op = BC_FTRUNC;
        if (op != BC_NOP) {
            int base = fs->freereg;
            alloc_reg(fs, 1);
            int a = gen_expr(fs, call->call.args.items[0]);
            emit(fs, op, base, a, 0);
            fs->freereg = base + 1;
            return base;
        }
    }
    if (fo) {
        Proto *p;
        if (ci && ci->generic) p = generic_proto(fs, ci->generic, ci->targs, ci->ntargs);
        else p = proto_of_funcobj(fs, fo, fun);
        int base = fs->freereg;
        gen_args(fs, call, sig, base, 0);
        reserve_results(fs, base, sig);
        emit_bx(fs, p->native ? BC_CALLNAT : BC_CALLK, base, (uint32_t)kptr(fs, p));
        return base;
    }
    /* dynamic: function value */
    int f = gen_expr(fs, call->call.fun);
    int base = fs->freereg;
    gen_args(fs, call, sig, base, 0);
    reserve_results(fs, base, sig);
    emit(fs, BC_CALL, base, f, 0);
    return base;
}

/* ---- builtins ---- */

static Type *kt_of(FS *fs, Node *e) { return etype(fs, e); }

static void gen_builtin(FS *fs, Node *e, int id, int dst) {
    NodeList *args = &e->call.args;
    switch (id) {
    case BI_LEN:
    case BI_CAP: {
        if (e->mode == MODE_CONST) {
            gen_const(fs, e, ty_int, dst);
            return;
        }
        Node *x = args->items[0];
        Type *t = kt_of(fs, x);
        Type *u = t->kind == TY_TYPEPARAM ? core_type(t) : t->u;
        switch (u->kind) {
        case TY_STRING: {
            int r = gen_expr(fs, x);
            emit(fs, BC_MOV, dst, r + 1, 0);
            return;
        }
        case TY_SLICE: {
            int r = gen_expr(fs, x);
            emit(fs, BC_MOV, dst, r + (id == BI_LEN ? 1 : 2), 0);
            return;
        }
        case TY_ARRAY: gen_expr(fs, x); load_int(fs, dst, u->len); return;
        case TY_POINTER: {
            int r = gen_expr(fs, x);
            (void)r;
            load_int(fs, dst, ST(fs, u->elem)->u->len);
            return;
        }
        case TY_MAP: emit(fs, BC_MAPLEN, dst, gen_expr(fs, x), 0); return;
        case TY_CHAN: emit(fs, id == BI_LEN ? BC_CHANLEN : BC_CHANCAP, dst, gen_expr(fs, x), 0); return;
        default: break;
        }
        load_int(fs, dst, 0);
        return;
    }
    case BI_APPEND: {
        Type *st = etype(fs, e);
        Type *et = ST(fs, (st->kind == TY_TYPEPARAM ? core_type(st) : st->u)->elem);
        if (e->call.ellipsis) {
            int s = gen_expr(fs, args->items[0]);
            Node *y = args->items[1];
            Type *yt = etype(fs, y);
            int yr = gen_expr(fs, y);
            if (yt->u->kind == TY_STRING) emit(fs, BC_APPENDSTR, dst, s, yr);
            else {
                emit(fs, BC_APPENDSL, dst, s, yr);
                emit_word(fs, (uint64_t)kptr(fs, et));
            }
            return;
        }
        int n = args->len - 1;
        int ew = W(et);
        int base = alloc_reg(fs, 3 + n * ew);
        gen_expr_to(fs, args->items[0], base);
        for (int i = 0; i < n; i++) gen_conv_to(fs, args->items[i + 1], et, base + 3 + i * ew);
        emit(fs, BC_APPEND, dst, base, n);
        emit_word(fs, (uint64_t)kptr(fs, et));
        return;
    }
    case BI_COPY: {
        int d = gen_expr(fs, args->items[0]);
        Type *dt = kt_of(fs, args->items[0]);
        Type *st = kt_of(fs, args->items[1]);
        int s = gen_expr(fs, args->items[1]);
        if (st->u->kind == TY_STRING) emit(fs, BC_COPYSTR, dst, d, s);
        else {
            emit(fs, BC_COPY, dst, d, s);
            emit(fs, BC_NOP, ST(fs, (dt->kind == TY_TYPEPARAM ? core_type(dt) : dt->u)->elem)->esize, 0, 0);
        }
        return;
    }
    case BI_DELETE: {
        Type *mt = kt_of(fs, args->items[0]);
        Type *kt = ST(fs, (mt->kind == TY_TYPEPARAM ? core_type(mt) : mt->u)->key);
        int m = gen_expr(fs, args->items[0]);
        int k = tmp(fs, kt);
        gen_conv_to(fs, args->items[1], kt, k);
        emit(fs, BC_MAPDEL, m, k, knilmap_key(fs, kt));
        return;
    }
    case BI_MAKE: {
        Type *t = etype(fs, e);
        Type *u = t->kind == TY_TYPEPARAM ? core_type(t) : t->u;
        if (u->kind == TY_SLICE) {
            int l = tmp(fs, ty_int);
            gen_conv_to(fs, args->items[1], ty_int, l);
            int c = l;
            if (args->len > 2) {
                c = tmp(fs, ty_int);
                gen_conv_to(fs, args->items[2], ty_int, c);
            }
            Type *lt = kt_of(fs, args->items[1]);
            (void)lt;
            emit(fs, BC_MAKESLICE, dst, l, c);
            emit_word(fs, (uint64_t)kptr(fs, ST(fs, u->elem)));
            return;
        }
        if (u->kind == TY_MAP) {
            int h = 0xffff;
            if (args->len > 1) {
                h = tmp(fs, ty_int);
                gen_conv_to(fs, args->items[1], ty_int, h);
            }
            emit(fs, BC_MAKEMAP, dst, kptr(fs, ST(fs, t)->u == ST(fs, t) ? ST(fs, t) : ST(fs, t)->u), h);
            return;
        }
        if (u->kind == TY_CHAN) {
            int h = 0xffff;
            if (args->len > 1) {
                h = tmp(fs, ty_int);
                gen_conv_to(fs, args->items[1], ty_int, h);
            }
            emit(fs, BC_MAKECHAN, dst, kptr(fs, ST(fs, u->elem)), h);
            return;
        }
        return;
    }
    case BI_NEW: {
        Type *t = ST(fs, etype(fs, e)->elem);
        emit_bx(fs, BC_NEWOBJ, dst, (uint32_t)kptr(fs, t));
        return;
    }
    case BI_PANIC: {
        int r = alloc_reg(fs, 2);
        gen_conv_to(fs, args->items[0], ty_any, r);
        emit(fs, BC_PANIC, r, 0, 0);
        return;
    }
    case BI_RECOVER:
        emit(fs, BC_RECOVER, dst, 0, 0);
        return;
    case BI_PRINT:
    case BI_PRINTLN: {
        int n = args->len;
        int r = alloc_reg(fs, 2 * n + 1);
        for (int i = 0; i < n; i++) gen_conv_to(fs, args->items[i], ty_any, r + 2 * i);
        emit(fs, BC_PRINT, r, n, id == BI_PRINTLN);
        return;
    }
    case BI_CLOSE:
        emit(fs, BC_CLOSE, gen_expr(fs, args->items[0]), 0, 0);
        return;
    case BI_CLEAR: {
        Type *t = kt_of(fs, args->items[0]);
        Type *u = t->kind == TY_TYPEPARAM ? core_type(t) : t->u;
        int r = gen_expr(fs, args->items[0]);
        if (u->kind == TY_MAP) emit(fs, BC_MAPCLEAR, r, 0, 0);
        else {
            emit(fs, BC_CLEARSL, r, 0, 0);
            emit(fs, BC_NOP, ST(fs, u->elem)->esize, 0, 0);
        }
        return;
    }
    case BI_MIN:
    case BI_MAX: {
        if (e->mode == MODE_CONST) {
            gen_const(fs, e, etype(fs, e), dst);
            return;
        }
        Type *t = etype(fs, e);
        int w = W(t);
        gen_conv_to(fs, args->items[0], t, dst);
        for (int i = 1; i < args->len; i++) {
            int v = tmp(fs, t);
            gen_conv_to(fs, args->items[i], t, v);
            int c = alloc_reg(fs, 1);
            Type *u = t->u;
            /* keep dst unless v is better; floats: NaN propagates, -0 < +0 for min */
            if (u->flags & TF_FLOAT) {
                emit(fs, id == BI_MIN ? BC_FMIN : BC_FMAX, dst, v, 0);
                continue;
            }
            if (u->kind == TY_STRING) emit(fs, id == BI_MIN ? BC_LT_S : BC_LT_S, c, id == BI_MIN ? v : dst, id == BI_MIN ? dst : v);
            else if (u->flags & TF_UNSIGNED) emit(fs, BC_LT_U, c, id == BI_MIN ? v : dst, id == BI_MIN ? dst : v);
            else emit(fs, BC_LT_I, c, id == BI_MIN ? v : dst, id == BI_MIN ? dst : v);
            int j = emit_jump(fs, BC_JF, c);
            mov(fs, dst, v, w);
            patch_here(fs, j);
        }
        return;
    }
    default:
        break;
    }
}

/* ---- conversions T(x) ---- */

static void conversion(FS *fs, Node *e, int dst) {
    Node *x = e->call.args.items[0];
    Type *to = etype(fs, e);
    if (e->mode == MODE_CONST && e->cval) {
        gen_const(fs, e, to, dst);
        return;
    }
    Type *from = etype(fs, x);
    if (x->type == ty_untyped_nil) {
        gen_zero(fs, dst, to);
        return;
    }
    if (x->mode == MODE_CONST && is_untyped(x->type)) from = ST(fs, check_default_type(x->type));
    Type *fu = from->u, *tu = to->u;
    if (is_iface(to)) {
        if (is_iface(from)) {
            int r = gen_expr(fs, x);
            if (tu->nimethods > 0 && fu->nimethods < tu->nimethods) {
                emit(fs, BC_ASSERTI, dst, r, kptr(fs, to));
            } else {
                mov(fs, dst, r, 2);
            }
            return;
        }
        gen_conv_to(fs, x, to, dst);
        return;
    }
    int r;
    if (x->mode == MODE_CONST) {
        r = tmp(fs, from);
        gen_const(fs, x, from, r);
    } else {
        r = gen_expr(fs, x);
    }
    /* numeric */
    if ((fu->flags & (TF_INTEGER | TF_FLOAT)) && (tu->flags & (TF_INTEGER | TF_FLOAT))) {
        bool fi = fu->flags & TF_INTEGER, ti = tu->flags & TF_INTEGER;
        if (fi && ti) {
            mov(fs, dst, r, 1);
            normalize_int(fs, dst, to);
        } else if (fi && !ti) {
            emit(fs, (fu->flags & TF_UNSIGNED) ? BC_U2F : BC_I2F, dst, r, 0);
            if (tu->kind == TY_FLOAT32) emit(fs, BC_F32ROUND, dst, dst, 0);
        } else if (!fi && ti) {
            emit(fs, (tu->flags & TF_UNSIGNED) ? BC_F2U : BC_F2I, dst, r, 0);
            normalize_int(fs, dst, to);
        } else {
            mov(fs, dst, r, 1);
            if (tu->kind == TY_FLOAT32) emit(fs, BC_F32ROUND, dst, dst, 0);
        }
        return;
    }
    if (tu->kind == TY_STRING) {
        if (fu->flags & TF_INTEGER) {
            emit(fs, BC_RUNE2STR, dst, r, 0);
            return;
        }
        if (fu->kind == TY_SLICE) {
            if (ST(fs, fu->elem)->u->kind == TY_UINT8) emit(fs, BC_BYTES2STR, dst, r, 0);
            else emit(fs, BC_RUNES2STR, dst, r, 0);
            return;
        }
        mov(fs, dst, r, 2);
        return;
    }
    if (tu->kind == TY_SLICE && fu->kind == TY_STRING) {
        /* gc allocates exactly len for a constant string; else a size class */
        int exact = x->mode == MODE_CONST;
        if (ST(fs, tu->elem)->u->kind == TY_UINT8) emit(fs, BC_STR2BYTES, dst, r, exact);
        else emit(fs, BC_STR2RUNES, dst, r, exact);
        return;
    }
    if (fu->kind == TY_SLICE && tu->kind == TY_ARRAY) {
        int p = alloc_reg(fs, 1);
        emit_bx(fs, BC_NEWOBJ, p, (uint32_t)kptr(fs, to));
        emit(fs, BC_SLICE2ARR, p, r, (int)tu->len);
        emit(fs, BC_NOP, ST(fs, tu->elem)->esize, 0, 0);
        gen_load_from_addr(fs, dst, p, 0, to);
        return;
    }
    if (fu->kind == TY_SLICE && tu->kind == TY_POINTER) {
        /* slice to array pointer: length check, same backing array */
        Type *at = ST(fs, tu->elem)->u;
        emit(fs, BC_SLICE2ARRP, dst, r, 0);
        emit_word(fs, (uint64_t)at->len);
        return;
    }
    mov(fs, dst, r, W(to));
}

/* ---- composite literals ---- */

static void gen_composite(FS *fs, Node *e, int dst) {
    Type *t = etype(fs, e);
    bool addr = e->flags & NF_ELIDED_ADDR;
    if (addr) {
        int p = gen_addr(fs, e);
        mov(fs, dst, p, 1);
        return;
    }
    Type *u = t->kind == TY_TYPEPARAM ? core_type(t) : t->u;
    NodeList *el = &e->composite.elts;
    switch (u->kind) {
    case TY_STRUCT: {
        gen_zero(fs, dst, t);
        for (int i = 0; i < el->len; i++) {
            Node *x = el->items[i];
            int fi = i;
            if (x->kind == N_KEYVALUE) {
                fi = (int)(intptr_t)x->kv.key->info - 1;
                x = x->kv.value;
            }
            Field *f = &u->fields[fi];
            Type *ft = ST(fs, f->type);
            int save = fs->freereg;
            gen_conv_to(fs, x, ft, dst + (int)(f->offset / 8));
            fs->freereg = save;
        }
        return;
    }
    case TY_ARRAY: {
        /* build in memory then load */
        int p = alloc_reg(fs, 1);
        emit_bx(fs, BC_NEWOBJ, p, (uint32_t)kptr(fs, t));
        Type *et = ST(fs, u->elem);
        int64_t idx = 0;
        for (int i = 0; i < el->len; i++) {
            Node *x = el->items[i];
            if (x->kind == N_KEYVALUE) {
                idx = cv_int64_val(cv_to_int(x->kv.key->cval));
                x = x->kv.value;
            }
            int save = fs->freereg;
            int v = tmp(fs, et);
            gen_conv_to(fs, x, et, v);
            int64_t off = idx * et->esize;
            if (off > 32767) {
                int q = alloc_reg(fs, 1);
                int ir = alloc_reg(fs, 1);
                load_int(fs, ir, idx);
                emit(fs, BC_ARRADDR, q, p, ir);
                emit(fs, BC_NOP, et->esize, (int)(((uint64_t)u->len >> 16) & 0xffff), (int)(u->len & 0xffff));
                store_elem(fs, q, 0, et, v);
            } else {
                store_elem(fs, p, (int)off, et, v);
            }
            fs->freereg = save;
            idx++;
        }
        gen_load_from_addr(fs, dst, p, 0, t);
        return;
    }
    case TY_SLICE: {
        Type *et = ST(fs, u->elem);
        int64_t n = (int64_t)(intptr_t)e->info;
        int lr = alloc_reg(fs, 1);
        load_int(fs, lr, n);
        emit(fs, BC_MAKESLICE, dst, lr, lr);
        emit_word(fs, (uint64_t)kptr(fs, et));
        int64_t idx = 0;
        for (int i = 0; i < el->len; i++) {
            Node *x = el->items[i];
            if (x->kind == N_KEYVALUE) {
                idx = cv_int64_val(cv_to_int(x->kv.key->cval));
                x = x->kv.value;
            }
            int save = fs->freereg;
            int v = tmp(fs, et);
            gen_conv_to(fs, x, et, v);
            int64_t off = idx * et->esize;
            if (off > 32767) {
                int q = alloc_reg(fs, 1);
                int ir = alloc_reg(fs, 1);
                load_int(fs, ir, idx);
                emit(fs, BC_IDXADDR, q, dst, ir);
                emit(fs, BC_NOP, et->esize, 0, 0);
                store_elem(fs, q, 0, et, v);
            } else {
                store_elem(fs, dst, (int)off, et, v);
            }
            fs->freereg = save;
            idx++;
        }
        return;
    }
    case TY_MAP: {
        Type *mt = u;
        emit(fs, BC_MAKEMAP, dst, kptr(fs, ST(fs, mt)), 0xffff);
        Type *kt = ST(fs, mt->key), *vt = ST(fs, mt->elem);
        for (int i = 0; i < el->len; i++) {
            Node *x = el->items[i];
            int save = fs->freereg;
            int k = tmp(fs, kt);
            gen_conv_to(fs, x->kv.key, kt, k);
            int v = tmp(fs, vt);
            gen_conv_to(fs, x->kv.value, vt, v);
            emit(fs, BC_MAPSET, dst, k, v);
            fs->freereg = save;
        }
        return;
    }
    default:
        return;
    }
}

/* ---- function literals ---- */

static void gen_closure(FS *fs, Node *e, int dst) {
    FuncInfo *fi = e->info;
    Proto *p = gen_funclit(fs, e);
    int n = fi->captures.len;
    if (n == 0) {
        emit_funcval(fs, p, dst);
        return;
    }
    int base = alloc_reg(fs, n);
    for (int i = 0; i < n; i++) {
        Object *o = fi->captures.items[i];
        VarLoc *v = lookup_var(fs, o);
        if (!v) continue;
        if (v->kind == VL_CELL) emit(fs, BC_MOV, base + i, v->reg, 0);
        else if (v->kind == VL_UP) emit(fs, BC_GETUP, base + i, v->up, 0);
        else errorf(o->pos, "goro: internal error: captured variable %s not in a cell", o->name);
    }
    emit(fs, BC_CLOSURE, dst, kptr(fs, p), n);
    emit(fs, BC_NOP, base, 0, 0);
}

/* ---- comparisons ---- */

static void gen_compare(FS *fs, Node *e, int dst) {
    GoOp op = e->binary.op;
    Node *x = e->binary.x, *y = e->binary.y;
    Type *xt = x->type == ty_untyped_nil ? NULL : etype(fs, x);
    Type *yt = y->type == ty_untyped_nil ? NULL : etype(fs, y);
    bool xnil = !xt || (unparen(x)->kind == N_IDENT && unparen(x)->obj && unparen(x)->obj->kind == OBJ_NIL);
    bool ynil = !yt || (unparen(y)->kind == N_IDENT && unparen(y)->obj && unparen(y)->obj->kind == OBJ_NIL);
    if (xnil || ynil) {
        Node *v = xnil ? y : x;
        int r = gen_expr(fs, v);
        int z = alloc_reg(fs, 1);
        emit(fs, BC_LOADNIL, z, 0, 0);
        emit(fs, op == OP_EQL ? BC_EQ : BC_NE, dst, r, z);
        return;
    }
    Type *t = xt;
    /* mixed interface/concrete: box the concrete side */
    if (is_iface(xt) != is_iface(yt)) t = is_iface(xt) ? xt : yt;
    int a = tmp(fs, t), b = tmp(fs, t);
    gen_conv_to(fs, x, t, a);
    gen_conv_to(fs, y, t, b);
    Type *u = t->u;
    bool neg = false;
    OpCode oc;
    if (u->kind == TY_STRING) {
        switch (op) {
        case OP_EQL: oc = BC_EQ_S; break;
        case OP_NEQ: oc = BC_EQ_S; neg = true; break;
        case OP_LSS: oc = BC_LT_S; break;
        case OP_LEQ: oc = BC_LE_S; break;
        case OP_GTR: oc = BC_LT_S; { int s = a; a = b; b = s; } break;
        default: oc = BC_LE_S; { int s = a; a = b; b = s; } break;
        }
        emit(fs, oc, dst, a, b);
        if (neg) emit(fs, BC_BOOLNOT, dst, dst, 0);
        return;
    }
    if (u->flags & TF_FLOAT) {
        switch (op) {
        case OP_EQL: oc = BC_EQ_F; break;
        case OP_NEQ: oc = BC_NE_F; break;
        case OP_LSS: oc = BC_LT_F; break;
        case OP_LEQ: oc = BC_LE_F; break;
        case OP_GTR: oc = BC_LT_F; { int s = a; a = b; b = s; } break;
        default: oc = BC_LE_F; { int s = a; a = b; b = s; } break;
        }
        emit(fs, oc, dst, a, b);
        return;
    }
    if (u->flags & TF_INTEGER) {
        bool uns = u->flags & TF_UNSIGNED;
        switch (op) {
        case OP_EQL: oc = BC_EQ; break;
        case OP_NEQ: oc = BC_NE; break;
        case OP_LSS: oc = uns ? BC_LT_U : BC_LT_I; break;
        case OP_LEQ: oc = uns ? BC_LE_U : BC_LE_I; break;
        case OP_GTR: oc = uns ? BC_LT_U : BC_LT_I; { int s = a; a = b; b = s; } break;
        default: oc = uns ? BC_LE_U : BC_LE_I; { int s = a; a = b; b = s; } break;
        }
        emit(fs, oc, dst, a, b);
        return;
    }
    if (u->kind == TY_INTERFACE) {
        emit(fs, BC_EQ_IFACE, dst, a, b);
        if (op == OP_NEQ) emit(fs, BC_BOOLNOT, dst, dst, 0);
        return;
    }
    if (W(t) == 1 && u->kind != TY_STRUCT && u->kind != TY_ARRAY) {
        emit(fs, op == OP_EQL ? BC_EQ : BC_NE, dst, a, b);
        return;
    }
    emit(fs, BC_EQ_T, dst, a, b);
    emit_word(fs, (uint64_t)kptr(fs, t));
    if (op == OP_NEQ) emit(fs, BC_BOOLNOT, dst, dst, 0);
}

/* ---- arithmetic ---- */

/* An operand of type t in some register: a local's own register when no conversion is needed. */
static int operand(FS *fs, Node *x, Type *t) {
    if (!(x->mode == MODE_CONST && x->cval) && etype(fs, x) == t) return gen_expr(fs, x);
    int r = tmp(fs, t);
    gen_conv_to(fs, x, t, r);
    return r;
}

/* The value of a small integer constant operand, for immediate instruction forms. */
static bool small_const(Node *y, Type *t, int64_t *v) {
    if (y->mode != MODE_CONST || !y->cval || !(t->u->flags & TF_INTEGER)) return false;
    ConstVal *iv = y->cval->kind == CV_INT ? y->cval : NULL;
    if (!iv || !cv_fits_int64(iv)) return false;
    int64_t x = cv_int64_val(iv);
    if (x < -32768 || x > 32767) return false;
    *v = x;
    return true;
}

static void gen_arith(FS *fs, Node *e, int dst) {
    GoOp op = e->binary.op;
    Type *t = etype(fs, e);
    Type *u = t->kind == TY_TYPEPARAM ? t->u : t->u;
    if (op == OP_SHL || op == OP_SHR) {
        int a = tmp(fs, t);
        gen_conv_to(fs, e->binary.x, t, a);
        Node *y = e->binary.y;
        if (y->mode == MODE_CONST) {
            uint64_t cnt = cv_uint64_val(cv_to_int(y->cval));
            if (cnt >= 64) {
                if (op == OP_SHL || (u->flags & TF_UNSIGNED)) load_int(fs, dst, 0);
                else emit(fs, BC_SHRI_I, dst, a, 63);
            } else if (op == OP_SHL) emit(fs, BC_SHLI, dst, a, (int)cnt);
            else emit(fs, (u->flags & TF_UNSIGNED) ? BC_SHRI_U : BC_SHRI_I, dst, a, (int)cnt);
        } else {
            Type *yt = etype(fs, y);
            int b = gen_expr(fs, y);
            if (!(yt->u->flags & TF_UNSIGNED)) emit(fs, BC_CHKSHIFT, b, 0, 0);
            if (op == OP_SHL) emit(fs, BC_SHL, dst, a, b);
            else emit(fs, (u->flags & TF_UNSIGNED) ? BC_SHR_U : BC_SHR_I, dst, a, b);
        }
        normalize_int(fs, dst, t);
        return;
    }
    int save = fs->freereg;
    int a = operand(fs, e->binary.x, t);
    int64_t imm;
    bool full = u->kind == TY_INT || u->kind == TY_INT64 || u->kind == TY_UINT || u->kind == TY_UINT64 || u->kind == TY_UINTPTR;
    if ((op == OP_ADD || op == OP_SUB || op == OP_MUL) && small_const(e->binary.y, t, &imm) && (op != OP_SUB || imm != -32768)) {
        if (op == OP_ADD) emit(fs, BC_ADDI, dst, a, (uint16_t)(int16_t)imm);
        else if (op == OP_SUB) emit(fs, BC_ADDI, dst, a, (uint16_t)(int16_t)-imm);
        else emit(fs, BC_MULI, dst, a, (uint16_t)(int16_t)imm);
        if (!full) normalize_int(fs, dst, t);
        fs->freereg = save > dst + 1 ? save : fs->freereg;
        return;
    }
    if ((op == OP_QUO || op == OP_REM) && full && !(u->flags & TF_UNSIGNED) && small_const(e->binary.y, t, &imm) && imm > 0) {
        emit(fs, op == OP_QUO ? BC_DIVI : BC_REMI, dst, a, (uint16_t)(int16_t)imm);
        return;
    }
    int b = operand(fs, e->binary.y, t);
    if (u->kind == TY_STRING) {
        emit(fs, BC_CONCAT, dst, a, b);
        return;
    }
    if (u->flags & TF_FLOAT) {
        OpCode oc = op == OP_ADD ? BC_ADD_F : op == OP_SUB ? BC_SUB_F : op == OP_MUL ? BC_MUL_F : BC_DIV_F;
        emit(fs, oc, dst, a, b);
        if (u->kind == TY_FLOAT32) emit(fs, BC_F32ROUND, dst, dst, 0);
        return;
    }
    bool uns = u->flags & TF_UNSIGNED;
    OpCode oc;
    switch (op) {
    case OP_ADD: oc = BC_ADD_I; break;
    case OP_SUB: oc = BC_SUB_I; break;
    case OP_MUL: oc = BC_MUL_I; break;
    case OP_QUO: oc = uns ? BC_DIV_U : BC_DIV_I; break;
    case OP_REM: oc = uns ? BC_REM_U : BC_REM_I; break;
    case OP_AND: oc = BC_AND; break;
    case OP_OR: oc = BC_OR; break;
    case OP_XOR: oc = BC_XOR; break;
    default: oc = BC_ANDNOT; break;
    }
    emit(fs, oc, dst, a, b);
    normalize_int(fs, dst, t);
}


static void gen_logical(FS *fs, Node *e, int dst) {
    /* dst := x; if (op==&& ? !dst : dst) goto end; dst := y; end: */
    gen_conv_to(fs, e->binary.x, ty_bool, dst);
    int j = emit_jump(fs, e->binary.op == OP_LAND ? BC_JF : BC_JT, dst);
    int save = fs->freereg;
    gen_conv_to(fs, e->binary.y, ty_bool, dst);
    fs->freereg = save;
    patch_here(fs, j);
}

/* ---- type assertions ---- */

static void gen_assert(FS *fs, Node *e, int dst, bool commaok) {
    Type *T = etype(fs, e);
    int x = gen_expr(fs, e->assert.x);
    if (is_iface(T)) {
        emit(fs, commaok ? BC_ASSERTI2 : BC_ASSERTI, dst, x, kptr(fs, T));
        if (!commaok) emit_word(fs, (uint64_t)kptr(fs, etype(fs, e->assert.x)));
        return;
    }
    emit(fs, commaok ? BC_ASSERT2 : BC_ASSERT, dst, x, kptr(fs, T));
    emit_word(fs, (uint64_t)kptr(fs, etype(fs, e->assert.x)));
}

/* ---- main dispatch ---- */

int gen_expr(FS *fs, Node *e) {
    Node *u = unparen(e);
    if (u->mode != MODE_CONST && u->kind == N_IDENT && u->obj && u->obj->kind == OBJ_VAR && !u->obj->global) {
        VarLoc *v = var_lookup(fs, u->obj);
        if (v && v->kind == VL_REG) return v->reg;
    }
    if (u->kind == N_CALL && u->mode != MODE_CONST && u->info) {
        CallInfo *ci = u->info;
        /* a call's results are already in fresh registers: use them in place */
        if (ci->kind != CALL_BUILTIN && ci->kind != CALL_CONVERSION) return gen_call(fs, u);
    }
    Type *t = etype(fs, e);
    int r = (t->kind == TY_TUPLE) ? alloc_reg(fs, W(t) ? W(t) : 1) : tmp(fs, t);
    gen_expr_to(fs, e, r);
    return r;
}

void gen_expr_to(FS *fs, Node *e, int dst) {
    if (e->mode == MODE_CONST && e->cval) {
        gen_const(fs, e, etype(fs, e), dst);
        return;
    }
    switch (e->kind) {
    case N_PAREN: gen_expr_to(fs, e->paren.x, dst); return;
    case N_IDENT: {
        Object *o = e->obj;
        if (!o) return;
        switch (o->kind) {
        case OBJ_VAR: {
            Type *t = etype(fs, e);
            if (o->global) {
                int p = var_ptr(fs, NULL, o);
                gen_load_from_addr(fs, dst, p, 0, t);
                return;
            }
            VarLoc *v = lookup_var(fs, o);
            if (!v) return;
            if (v->kind == VL_REG) mov(fs, dst, v->reg, W(t));
            else {
                int p = var_ptr(fs, v, o);
                gen_load_from_addr(fs, dst, p, 0, t);
            }
            return;
        }
        case OBJ_FUNC:
            emit_funcval(fs, proto_of_funcobj(fs, o, e), dst);
            return;
        case OBJ_NIL:
            gen_zero(fs, dst, etype(fs, e));
            return;
        default:
            return;
        }
    }
    case N_FUNCLIT: gen_closure(fs, e, dst); return;
    case N_COMPOSITE: gen_composite(fs, e, dst); return;
    case N_SELECTOR: {
        Selection *sel = e->info;
        if (!sel) return;
        switch (sel->kind) {
        case SEL_PKG: {
            Object *o = sel->obj;
            if (o->kind == OBJ_VAR) {
                int p = var_ptr(fs, NULL, o);
                gen_load_from_addr(fs, dst, p, 0, etype(fs, e));
            } else if (o->kind == OBJ_FUNC) {
                emit_funcval(fs, gen_proto_for(o, NULL, 0), dst);
            }
            return;
        }
        case SEL_FIELD: gen_field(fs, e, dst); return;
        case SEL_METHOD:
        case SEL_IFACEMETHOD: {
            /* method value: bind the receiver */
            Proto *p = gen_bound_method(fs, e);
            int cell = alloc_reg(fs, 1);
            Node *x = e->selector.x;
            Type *xt = etype(fs, x);
            if (sel->kind == SEL_IFACEMETHOD && sel->npath == 0 && is_iface(xt) && !sel->xptr) {
                int v = gen_expr(fs, x);
                emit_bx(fs, BC_NEWOBJ, cell, (uint32_t)kptr(fs, xt));
                emit(fs, BC_NILCHK, v, 0, 0); /* nil interface method value panics at evaluation */
                gen_store_to_addr(fs, cell, 0, xt, v);
            } else {
                Object *m = sel->obj;
                Type *rt = m->recv;
                Type *rb = sel->recvbase ? ST(fs, sel->recvbase) : NULL;
                if (rb && rb->orig) rt = check_subst(rt, rb->orig->tparams, rb->targs, rb->ntargs);
                rt = ST(fs, rt);
                int rv = tmp(fs, rt);
                gen_method_recv(fs, e, rv);
                emit_bx(fs, BC_NEWOBJ, cell, (uint32_t)kptr(fs, rt));
                gen_store_to_addr(fs, cell, 0, rt, rv);
            }
            emit(fs, BC_CLOSURE, dst, kptr(fs, p), 1);
            emit(fs, BC_NOP, cell, 0, 0);
            return;
        }
        case SEL_METHODEXPR: {
            Proto *p = gen_bound_method(fs, e);
            emit_funcval(fs, p, dst);
            return;
        }
        }
        return;
    }
    case N_INDEX: {
        if (e->obj && e->obj->kind == OBJ_FUNC && e->info) {
            CallInfo *ci = e->info;
            emit_funcval(fs, generic_proto(fs, ci->generic, ci->targs, ci->ntargs), dst);
            return;
        }
        Node *x = e->index.x;
        Type *xt = etype(fs, x);
        Type *cu = xt->kind == TY_TYPEPARAM ? core_type(xt) : xt->u;
        Node *ix = e->index.indices.items[0];
        Type *t = etype(fs, e);
        switch (cu->kind) {
        case TY_STRING: {
            int s = gen_expr(fs, x);
            int i = tmp(fs, ty_int);
            gen_conv_to(fs, ix, ST(fs, ix->type), i);
            emit(fs, BC_STRINDEX, dst, s, i);
            return;
        }
        case TY_MAP: {
            Type *kt = ST(fs, cu->key);
            int m = gen_expr(fs, x);
            int k = tmp(fs, kt);
            gen_conv_to(fs, ix, kt, k);
            bool ok = e->flags & NF_HASOK;
            emit(fs, ok ? BC_MAPGET2 : BC_MAPGET, dst, m, k);
            emit(fs, BC_NOP, W(t), knilmap_key(fs, kt), 0);
            return;
        }
        case TY_ARRAY:
            if (!(unparen(x)->mode == MODE_VAR)) {
                /* indexing an array value: spill to memory */
                int v = gen_expr(fs, x);
                int p = alloc_reg(fs, 1);
                emit_bx(fs, BC_NEWOBJ, p, (uint32_t)kptr(fs, xt));
                gen_store_to_addr(fs, p, 0, xt, v);
                int i = gen_expr(fs, ix);
                int a = alloc_reg(fs, 1);
                emit(fs, BC_ARRADDR, a, p, i);
                emit(fs, BC_NOP, ST(fs, cu->elem)->esize, (int)(((uint64_t)cu->len >> 16) & 0xffff), (int)(cu->len & 0xffff));
                load_elem(fs, dst, a, t);
                return;
            }
            /* fallthrough */
        default: {
            int a = gen_addr(fs, e);
            load_elem(fs, dst, a, t);
            return;
        }
        }
    }
    case N_SLICEEXPR: {
        Node *x = e->slice.x;
        Type *xt = etype(fs, x);
        Type *cu = xt->kind == TY_TYPEPARAM ? core_type(xt) : xt->u;
        int idx = alloc_reg(fs, 3);
        int flags = 0;
        if (e->slice.lo) { gen_conv_to(fs, e->slice.lo, ST(fs, e->slice.lo->type), idx); flags |= 1; }
        if (e->slice.hi) { gen_conv_to(fs, e->slice.hi, ST(fs, e->slice.hi->type), idx + 1); flags |= 2; }
        if (e->slice.max) { gen_conv_to(fs, e->slice.max, ST(fs, e->slice.max->type), idx + 2); flags |= 4; }
        if (cu->kind == TY_STRING) {
            int s = gen_expr(fs, x);
            emit(fs, BC_STRSLICE, dst, s, idx);
            emit(fs, BC_NOP, flags, 0, 0);
            return;
        }
        if (cu->kind == TY_SLICE) {
            int s = gen_expr(fs, x);
            emit(fs, BC_SLICE, dst, s, idx);
            emit(fs, BC_NOP, flags, ST(fs, cu->elem)->esize, 0);
            return;
        }
        /* array (addressable) or pointer to array: make a slice header then reslice */
        Type *at = cu->kind == TY_ARRAY ? cu : ST(fs, cu->elem)->u;
        int p = cu->kind == TY_ARRAY ? gen_addr(fs, x) : gen_expr(fs, x);
        int hdr = alloc_reg(fs, 3);
        emit(fs, BC_NILCHK, p, 0, 0);
        mov(fs, hdr, p, 1);
        load_int(fs, hdr + 1, at->len);
        load_int(fs, hdr + 2, at->len);
        emit(fs, BC_SLICE, dst, hdr, idx);
        emit(fs, BC_NOP, flags, ST(fs, at->elem)->esize, 0);
        return;
    }
    case N_TYPEASSERT: gen_assert(fs, e, dst, (e->flags & NF_HASOK) != 0); return;
    case N_CALL: {
        CallInfo *ci = e->info;
        if (ci && ci->kind == CALL_CONVERSION) {
            conversion(fs, e, dst);
            return;
        }
        if (ci && ci->kind == CALL_BUILTIN) {
            gen_builtin(fs, e, ci->builtin, dst);
            return;
        }
        int save = fs->freereg;
        int r = gen_call(fs, e);
        Type *t = e->type ? etype(fs, e) : NULL;
        if (t) mov(fs, dst, r, W(t));
        if (save > dst) fs->freereg = save;
        return;
    }
    case N_STAR: {
        int p = gen_expr(fs, e->star.x);
        gen_load_from_addr(fs, dst, p, 0, etype(fs, e));
        return;
    }
    case N_UNARY: {
        Type *t = etype(fs, e);
        switch (e->unary.op) {
        case OP_ADD: gen_conv_to(fs, e->unary.x, t, dst); return;
        case OP_SUB: {
            int r = tmp(fs, t);
            gen_conv_to(fs, e->unary.x, t, r);
            emit(fs, (t->u->flags & TF_FLOAT) ? BC_NEG_F : BC_NEG_I, dst, r, 0);
            if (!(t->u->flags & TF_FLOAT)) normalize_int(fs, dst, t);
            return;
        }
        case OP_XOR: {
            int r = tmp(fs, t);
            gen_conv_to(fs, e->unary.x, t, r);
            emit(fs, BC_NOT_I, dst, r, 0);
            normalize_int(fs, dst, t);
            return;
        }
        case OP_NOT: {
            int r = tmp(fs, ty_bool);
            gen_conv_to(fs, e->unary.x, ty_bool, r);
            emit(fs, BC_BOOLNOT, dst, r, 0);
            return;
        }
        case OP_AND: {
            int p = gen_addr(fs, e->unary.x);
            mov(fs, dst, p, 1);
            return;
        }
        case OP_ARROW: {
            int ch = gen_expr(fs, e->unary.x);
            bool ok = e->flags & NF_HASOK;
            emit(fs, BC_RECV, dst, ch, ok);
            emit(fs, BC_NOP, W(t), 0, 0);
            return;
        }
        default: return;
        }
    }
    case N_BINARY: {
        GoOp op = e->binary.op;
        if (op == OP_LAND || op == OP_LOR) {
            gen_logical(fs, e, dst);
            return;
        }
        if (op == OP_EQL || op == OP_NEQ || op == OP_LSS || op == OP_LEQ || op == OP_GTR || op == OP_GEQ) {
            gen_compare(fs, e, dst);
            return;
        }
        gen_arith(fs, e, dst);
        return;
    }
    default:
        return;
    }
}

/* Conditional jump: emit code that jumps (collecting patch points) when e == jump_if. */
void gen_cond_jump(FS *fs, Node *e, bool jump_if, IntVec *jumps) {
    Node *u = unparen(e);
    if (u->kind == N_UNARY && u->unary.op == OP_NOT) {
        gen_cond_jump(fs, u->unary.x, !jump_if, jumps);
        return;
    }
    if (u->kind == N_BINARY && (u->binary.op == OP_LAND || u->binary.op == OP_LOR)) {
        bool is_and = u->binary.op == OP_LAND;
        if (is_and != jump_if) {
            /* (a && b) jump if false: jump if !a, jump if !b; (a || b) jump if true: same shape */
            gen_cond_jump(fs, u->binary.x, jump_if, jumps);
            gen_cond_jump(fs, u->binary.y, jump_if, jumps);
        } else {
            /* (a && b) jump if true: if !a skip; if b jump */
            IntVec skip = {0};
            gen_cond_jump(fs, u->binary.x, !jump_if, &skip);
            gen_cond_jump(fs, u->binary.y, jump_if, jumps);
            for (int i = 0; i < skip.len; i++) patch_here(fs, skip.items[i]);
        }
        return;
    }
    if (u->kind == N_BINARY && u->mode != MODE_CONST) {
        GoOp op = u->binary.op;
        Node *x = u->binary.x, *y = u->binary.y;
        if ((op == OP_LSS || op == OP_LEQ || op == OP_GTR || op == OP_GEQ || op == OP_EQL || op == OP_NEQ) &&
            x->type != ty_untyped_nil && y->type != ty_untyped_nil) {
            Type *t = etype(fs, x);
            Type *tu = t->u;
            int64_t imm;
            if ((tu->flags & TF_INTEGER) && !(tu->flags & TF_UNSIGNED) && (t == etype(fs, y) || y->mode == MODE_CONST) &&
                small_const(y, t, &imm)) {
                int save = fs->freereg;
                int a = gen_expr(fs, x);
                GoOp eop = op;
                if (!jump_if) {
                    switch (op) {
                    case OP_LSS: eop = OP_GEQ; break;
                    case OP_LEQ: eop = OP_GTR; break;
                    case OP_GTR: eop = OP_LEQ; break;
                    case OP_GEQ: eop = OP_LSS; break;
                    case OP_EQL: eop = OP_NEQ; break;
                    default: eop = OP_EQL; break;
                    }
                }
                OpCode oc;
                switch (eop) {
                case OP_LSS: oc = BC_JLTI; break;
                case OP_LEQ: oc = BC_JLEI; break;
                case OP_GTR: oc = BC_JGTI; break;
                case OP_GEQ: oc = BC_JGEI; break;
                case OP_EQL: oc = BC_JEQI; break;
                default: oc = BC_JNEI; break;
                }
                int j = emit(fs, oc, a, (uint16_t)(int16_t)imm, 0);
                vec_push(jumps, j);
                fs->freereg = save;
                return;
            }
            if ((tu->flags & TF_INTEGER) && !(tu->flags & TF_UNSIGNED) && t == etype(fs, y)) {
                int save = fs->freereg;
                int a = gen_expr(fs, x);
                int b = gen_expr(fs, y);
                GoOp eop = op;
                if (!jump_if) {
                    switch (op) {
                    case OP_LSS: eop = OP_GEQ; break;
                    case OP_LEQ: eop = OP_GTR; break;
                    case OP_GTR: eop = OP_LEQ; break;
                    case OP_GEQ: eop = OP_LSS; break;
                    case OP_EQL: eop = OP_NEQ; break;
                    default: eop = OP_EQL; break;
                    }
                }
                OpCode oc;
                switch (eop) {
                case OP_LSS: oc = BC_JLT_I; break;
                case OP_LEQ: oc = BC_JLE_I; break;
                case OP_GTR: oc = BC_JGT_I; break;
                case OP_GEQ: oc = BC_JGE_I; break;
                case OP_EQL: oc = BC_JEQ; break;
                default: oc = BC_JNE; break;
                }
                int j = emit(fs, oc, a, b, 0);
                vec_push(jumps, j);
                fs->freereg = save;
                return;
            }
        }
    }
    int save = fs->freereg;
    int r = alloc_reg(fs, 1);
    gen_conv_to(fs, e, ty_bool, r);
    int j = emit_jump(fs, jump_if ? BC_JT : BC_JF, r);
    vec_push(jumps, j);
    fs->freereg = save;
}
