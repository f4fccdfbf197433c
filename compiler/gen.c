/* gen.c — program-level code generation: the proto table and worklist (monomorphization),
 * instruction emission, variable storage, globals, method tables and adapters, and the program
 * entry (package initialization, then main.main).
 *
 * Invariant: every Proto in the table is compiled exactly once, before the program starts;
 * method tables (Type.mtab) are complete for every type that can reach an interface.
 */
#include <stdlib.h>
#include "gen.h"
#include "compile.h"
#include "../vm/value.h"

/* ---- emission ---- */

int here(FS *fs) { return fs->code.len; }

int emit(FS *fs, OpCode op, int a, int b, int c) {
    Instr i = {(uint16_t)op, (uint16_t)a, (uint16_t)b, (uint16_t)c};
    if (a > 0xffff || b > 0xffff || c > 0xffff || a < 0 || b < 0 || c < 0) {
        if (!(c < 0 && c >= -32768)) {
            errorf((Pos){fs->p->file, fs->line, 1}, "goro: function %s is too large (register or offset limit 65535)", fs->p->name);
        }
    }
    vec_push(&fs->code, i);
    vec_push(&fs->lines, fs->line);
    return fs->code.len - 1;
}

int emit_bx(FS *fs, OpCode op, int a, uint32_t bx) { return emit(fs, op, a, (int)(bx >> 16), (int)(bx & 0xffff)); }

int emit_word(FS *fs, uint64_t w) {
    Instr i;
    memcpy(&i, &w, sizeof i);
    vec_push(&fs->code, i);
    vec_push(&fs->lines, fs->line);
    return fs->code.len - 1;
}

int emit_jump(FS *fs, OpCode op, int a) { return emit(fs, op, a, 0, 0); }

void patch_jump(FS *fs, int at, int target) {
    Instr *i = &fs->code.items[at];
    int32_t off = target - (at + 1);
    switch (i->op) {
    case BC_JMP: case BC_JT: case BC_JF: case BC_LOOP:
        i->b = (uint16_t)((uint32_t)off >> 16);
        i->c = (uint16_t)((uint32_t)off & 0xffff);
        break;
    default: /* compare-and-branch with 16-bit offset */
        if (off < -32768 || off > 32767)
            errorf((Pos){fs->p->file, fs->line, 1}, "goro: function %s is too large (branch offset)", fs->p->name);
        i->c = (uint16_t)(int16_t)off;
        break;
    }
}

void patch_here(FS *fs, int at) { patch_jump(fs, at, here(fs)); }

int kword(FS *fs, uint64_t w) {
    for (int i = 0; i < fs->k.len; i++)
        if (fs->k.items[i].u == w) return i;
    Word x;
    x.u = w;
    vec_push(&fs->k, x);
    return fs->k.len - 1;
}

int kptr(FS *fs, const void *p) { return kword(fs, (uint64_t)(uintptr_t)p); }

/* Operand for MAPGET/MAPGET2 (extension word's b) and MAPDEL (c): 1 + the K index of a key type
 * that can hold an interface, so that a lookup or delete on a nil map still hashes the key and
 * panics on an unhashable dynamic type, as gc does; 0 = nothing to check. */
int knilmap_key(FS *fs, Type *kt) {
    if (!val_has_iface(kt)) return 0;
    int k = kptr(fs, kt);
    return k < 0xFFFF ? k + 1 : 0;
}

int kstring(FS *fs, const char *s, size_t n) {
    /* two consecutive words {ptr, len}; strings are interned per proto */
    for (int i = 0; i + 1 < fs->k.len; i++) {
        const char *ps = fs->k.items[i].p;
        if (fs->k.items[i + 1].i == (int64_t)n && ps && n && memcmp(ps, s, n) == 0) return i;
    }
    char *copy = n ? mem_alloc_atomic(n) : NULL;
    if (n) memcpy(copy, s, n);
    Word a, b;
    a.p = copy;
    b.i = (int64_t)n;
    vec_push(&fs->k, a);
    vec_push(&fs->k, b);
    return fs->k.len - 2;
}

int alloc_reg(FS *fs, int n) {
    int r = fs->freereg;
    fs->freereg += n;
    if (fs->freereg > fs->maxreg) {
        /* reported once per function: where its frame first grows past the limit */
        if (fs->freereg > 60000 && fs->maxreg <= 60000)
            errorf((Pos){fs->p->file, fs->line, 1}, "goro: function %s needs too many registers (limit 60000 words)", fs->p->name);
        fs->maxreg = fs->freereg;
    }
    return r;
}

void set_line(FS *fs, Node *n) {
    if (n && n->pos.line) fs->line = n->pos.line;
}

/* ---- types ---- */

Type *ST(FS *fs, Type *t) {
    if (!t) return t;
    if (fs && fs->ntargs && (t->flags & (TF_HASTPARAM | TF_GENERIC))) t = check_subst(t, fs->tparams, fs->targs, fs->ntargs);
    if (t->kind == TY_NAMED && !t->u && t->orig) {
        /* instance completed lazily */
        Type *u = check_subst(t->orig->u, t->orig->tparams, t->targs, t->ntargs);
        types_set_underlying(t, u);
    }
    if (is_untyped(t)) t = check_default_type(t);
    if (t == ty_untyped_nil) return t;
    types_layout(t);
    return t;
}

/* ---- variables ---- */

static size_t obj_hash(Object *o) { return ((uintptr_t)o >> 4) * 0x9E3779B97F4A7C15ull; }

VarLoc *var_lookup(FS *fs, Object *o) {
    if (!fs->capvars) return NULL;
    size_t m = (size_t)fs->capvars - 1, i = obj_hash(o) & m;
    while (fs->vars[i].obj) {
        if (fs->vars[i].obj == o) return &fs->vars[i];
        i = (i + 1) & m;
    }
    return NULL;
}

static VarLoc *var_slot(FS *fs, Object *o) {
    if ((fs->nvars + 1) * 2 > fs->capvars) {
        int oc = fs->capvars;
        VarLoc *old = fs->vars;
        fs->capvars = oc ? oc * 2 : 32;
        fs->vars = NEWARR(VarLoc, fs->capvars);
        for (int i = 0; i < oc; i++)
            if (old[i].obj) {
                size_t m = (size_t)fs->capvars - 1, j = obj_hash(old[i].obj) & m;
                while (fs->vars[j].obj) j = (j + 1) & m;
                fs->vars[j] = old[i];
            }
    }
    size_t m = (size_t)fs->capvars - 1, i = obj_hash(o) & m;
    while (fs->vars[i].obj && fs->vars[i].obj != o) i = (i + 1) & m;
    if (!fs->vars[i].obj) fs->nvars++;
    fs->vars[i].obj = o;
    return &fs->vars[i];
}

static bool has_array(Type *t) {
    Type *u = t->u;
    if (!u) return false;
    if (u->kind == TY_ARRAY) return true;
    if (u->kind == TY_STRUCT)
        for (int i = 0; i < u->nfields; i++)
            if (has_array(u->fields[i].type)) return true;
    return false;
}

bool var_in_memory(FS *fs, Object *o, Type *t) {
    (void)fs;
    return o->captured || o->addrtaken || has_array(t);
}

VarLoc *var_define(FS *fs, Object *o, Type *t) {
    VarLoc *v = var_slot(fs, o);
    if (var_in_memory(fs, o, t)) {
        v->kind = VL_CELL;
        v->reg = alloc_reg(fs, 1);
        Type *tt = t;
        if (tt->flags & TF_HASPTR) emit_bx(fs, BC_NEWOBJ, v->reg, (uint32_t)kptr(fs, tt));
        else emit_bx(fs, BC_NEWOBJ, v->reg, (uint32_t)kptr(fs, tt));
    } else {
        v->kind = VL_REG;
        v->reg = alloc_reg(fs, W(t));
    }
    return v;
}

/* ---- globals ---- */

typedef struct GlobalCell {
    Object *obj;
    void *addr;
} GlobalCell;
static VEC(GlobalCell) globals;

void *gen_global_addr(Object *g) {
    for (int i = 0; i < globals.len; i++)
        if (globals.items[i].obj == g) return globals.items[i].addr;
    Type *t = g->type;
    types_layout(t);
    void *p = val_alloc(t, t->size ? t->size : 8);
    GlobalCell c = {g, p};
    vec_push(&globals, c);
    return p;
}

/* ---- proto table ---- */

typedef struct ProtoKey {
    Object *fn;
    Type **targs;
    int ntargs;
    Proto *p;
} ProtoKey;
static VEC(ProtoKey) protos;

typedef struct Work {
    Proto *p;
    Object *fn;
    Type **targs;
    int ntargs;
} Work;
static VEC(Work) worklist;
static VEC(Proto *) allprotos;

static const char *inst_name(Object *fn, Type **targs, int n) {
    const char *base = fn->fn && fn->fn->name ? fn->fn->name : fn->name;
    if (!n || fn->ismethod) {
        if (fn->ismethod && n) {
            /* methods of instantiated types: main.(*List[...]).Push */
            StrBuf b;
            sb_init(&b);
            const char *dot = strchr(base, '.');
            sb_put(&b, base, (size_t)(dot - base) + 1);
            const char *rest = dot + 1;
            bool ptr = rest[0] == '(';
            if (ptr) rest += 2;
            const char *tn_end = strchr(rest, ptr ? ')' : '.');
            sb_puts(&b, ptr ? "(*" : "");
            sb_put(&b, rest, (size_t)(tn_end - rest));
            sb_puts(&b, "[...]");
            sb_puts(&b, tn_end);
            return sb_cstr(&b);
        }
        return base;
    }
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "%s[...]", base);
    return sb_cstr(&b);
}

static Proto *new_proto(const char *name) {
    Proto *p = NEW(Proto);
    p->name = name;
    vec_push(&allprotos, p);
    return p;
}

Proto *gen_proto_for(Object *fn, Type **targs, int ntargs) {
    for (int i = 0; i < protos.len; i++) {
        ProtoKey *k = &protos.items[i];
        if (k->fn != fn || k->ntargs != ntargs) continue;
        bool eq = true;
        for (int j = 0; j < ntargs && eq; j++)
            if (k->targs[j] != targs[j]) eq = false;
        if (eq) return k->p;
    }
    Proto *p = new_proto(inst_name(fn, targs, ntargs));
    Node *d = fn->decl;
    if (d && d->pos.line) {
        p->file = d->pos.file;
        p->line = d->pos.line;
    }
    ProtoKey k = {fn, NULL, ntargs, p};
    if (ntargs) {
        k.targs = NEWARR(Type *, ntargs);
        memcpy(k.targs, targs, sizeof(Type *) * (size_t)ntargs);
    }
    vec_push(&protos, k);
    if (fn->native || (d && d->kind == N_FUNCDECL && !d->funcdecl.body)) {
        const char *pkgpath = fn->pkg ? fn->pkg->path : "";
        const char *nm = fn->name;
        StrBuf qn;
        sb_init(&qn);
        if (fn->ismethod && fn->recv) {
            Type *rt = fn->recv;
            bool ptr = rt->kind == TY_POINTER;
            Type *base = ptr ? rt->elem : rt;
            sb_printf(&qn, "%s.%s%s.%s", pkgpath, ptr ? "*" : "", base->name, nm);
        } else {
            sb_printf(&qn, "%s.%s", pkgpath, nm);
        }
        p->native = vm_find_native(sb_cstr(&qn));
        if (!p->native) {
            errorf(fn->pos, "goro: missing native implementation of %s", sb_cstr(&qn));
        }
        Type *sig = fn->type;
        int na = 0, nr = 0;
        if (fn->recv) na += W(ST(NULL, fn->recv));
        for (int i = 0; i < sig->nparams; i++) na += W(ST(NULL, sig->params[i]));
        for (int i = 0; i < sig->nresults; i++) nr += W(ST(NULL, sig->results[i]));
        p->nargs = na;
        p->nresults = nr;
        p->nregs = na > nr ? na : nr;
        p->compiled = true;
        return p;
    }
    Work w = {p, fn, k.targs, ntargs};
    vec_push(&worklist, w);
    return p;
}

static void fs_init(FS *fs, Proto *p, FuncInfo *fi) {
    memset(fs, 0, sizeof *fs);
    fs->p = p;
    fs->fi = fi;
    fs->line = p->line;
}

void fs_finish(FS *fs) {
    Proto *p = fs->p;
    p->code = fs->code.items;
    p->ncode = fs->code.len;
    p->lines = fs->lines.items;
    p->k = fs->k.items;
    p->nk = fs->k.len;
    p->nregs = fs->maxreg + 1;
    p->icache = fs->icache.items;
    p->nicache = fs->icache.len;
    p->compiled = true;
}

static void compile_work(Work *w) {
    Object *fn = w->fn;
    FuncInfo *fi = fn->fn;
    Node *d = fn->decl;
    FS fs;
    fs_init(&fs, w->p, fi);
    if (w->ntargs) {
        fs.tparams = fn->ismethod ? fi->tparams : fn->tparams;
        fs.targs = w->targs;
        fs.ntargs = w->ntargs;
    }
    gen_function_body(&fs, fi, d->funcdecl.body, fi->recv);
    fs_finish(&fs);
}

Proto *gen_funclit(FS *outer, Node *lit) {
    FuncInfo *fi = lit->info;
    Proto *p = new_proto(fi->name);
    p->file = lit->pos.file;
    p->line = lit->pos.line;
    FS fs;
    fs_init(&fs, p, fi);
    fs.tparams = outer->tparams;
    fs.targs = outer->targs;
    fs.ntargs = outer->ntargs;
    /* captured variables are upvalues, in FuncInfo.captures order */
    for (int i = 0; i < fi->captures.len; i++) {
        VarLoc *v = var_slot(&fs, fi->captures.items[i]);
        v->kind = VL_UP;
        v->up = i;
    }
    gen_function_body(&fs, fi, lit->funclit.body, NULL);
    fs_finish(&fs);
    return p;
}

/* ---- method tables ---- */

typedef VEC(const char *) NameVec;

static void add_name(NameVec *v, const char *n) {
    for (int i = 0; i < v->len; i++)
        if (v->items[i] == n) return;
    vec_push(v, n);
}

/* Candidate method names of t: declared methods of t and of embedded fields, recursively. */
static void collect_method_names(Type *t, NameVec *names, int depth) {
    if (!t || depth > 8) return;
    if (t->kind == TY_POINTER) t = t->elem;
    if (t->kind == TY_NAMED) {
        Type *mt = t->orig ? t->orig : t;
        for (int i = 0; i < mt->nmethods; i++) add_name(names, mt->methods[i]->name);
    }
    Type *u = t->u;
    if (!u) return;
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->nfields; i++)
            if (u->fields[i].embedded) collect_method_names(u->fields[i].type, names, depth + 1);
    } else if (u->kind == TY_INTERFACE && depth > 0) {
        for (int i = 0; i < u->nimethods; i++) add_name(names, u->imethods[i].name);
    }
}

static int mentry_cmp(const void *a, const void *b) {
    return strcmp(((const MethodEntry *)a)->name, ((const MethodEntry *)b)->name);
}

static VEC(Type *) mtab_pending;

static bool mtab_visited(Type *t) {
    /* unnamed composite types have no table of their own; remember that they were walked */
    static Type **seen;
    static size_t cap, len;
    if (len * 2 >= cap) {
        size_t oc = cap;
        Type **old = seen;
        cap = oc ? oc * 2 : 256;
        seen = mem_alloc(sizeof(Type *) * cap);
        for (size_t i = 0; i < oc; i++)
            if (old[i]) {
                size_t j = ((uintptr_t)old[i] >> 4) & (cap - 1);
                while (seen[j]) j = (j + 1) & (cap - 1);
                seen[j] = old[i];
            }
    }
    size_t j = ((uintptr_t)t >> 4) & (cap - 1);
    while (seen[j]) {
        if (seen[j] == t) return true;
        j = (j + 1) & (cap - 1);
    }
    seen[j] = t;
    len++;
    return false;
}

static void ensure_components(Type *t) {
    Type *u = t->u;
    if (!u) return;
    switch (u->kind) {
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++) gen_ensure_mtab(u->fields[i].type);
        break;
    case TY_SLICE: case TY_ARRAY: case TY_POINTER: case TY_CHAN:
        gen_ensure_mtab(u->elem);
        break;
    case TY_MAP:
        gen_ensure_mtab(u->key);
        gen_ensure_mtab(u->elem);
        break;
    default:
        break;
    }
}

/* Build the run-time method table of t (and of the types reachable from it: fmt calls
 * String/Error on elements and fields, so their tables must exist too). */
void gen_ensure_mtab(Type *t) {
    if (!t || t == ty_untyped_nil || (t->flags & TF_HASTPARAM)) return;
    if (t->mtab) return;
    bool own = t->kind == TY_NAMED || (t->kind == TY_POINTER && t->elem->kind == TY_NAMED) ||
               (t->u && t->u->kind == TY_STRUCT);
    if (!own || (t->u && t->u->kind == TY_INTERFACE)) {
        if (t->kind != TY_NAMED && !mtab_visited(t)) ensure_components(t);
        return;
    }
    NameVec names = {0};
    collect_method_names(t, &names, 0);
    MethodTable *mt = mem_alloc(sizeof(MethodTable) + sizeof(MethodEntry) * (size_t)(names.len + 1));
    mt->n = 0;
    t->mtab = mt; /* set early: recursion through adapters and components terminates */
    for (int i = 0; i < names.len; i++) {
        Selection sel = {0};
        bool amb = false, ind = false;
        Object *m = lookup_field_or_method(t, names.items[i], NULL, &sel, &amb, &ind);
        if (!m || amb || (sel.kind != SEL_METHOD && sel.kind != SEL_IFACEMETHOD)) continue;
        if (sel.kind == SEL_METHOD) {
            bool ptrrecv = m->recv && m->recv->kind == TY_POINTER;
            /* value method sets exclude pointer-receiver methods not reached through a pointer */
            bool anyptr = t->kind == TY_POINTER;
            for (int k = 0; k < sel.npath; k++) anyptr |= sel.derefs[k];
            if (ptrrecv && !anyptr) continue;
        }
        Proto *fn = gen_method_adapter(t, m, &sel);
        if (!fn) continue;
        MethodEntry *e = &mt->e[mt->n++];
        e->name = names.items[i];
        e->sig = sel.kind == SEL_METHOD && sel.recvbase && sel.recvbase->orig
                     ? check_subst(m->type, sel.recvbase->orig->tparams, sel.recvbase->targs, sel.recvbase->ntargs)
                     : m->type;
        e->fn = (struct Func *)fn;
    }
    if (mt->n > 1) qsort(mt->e, (size_t)mt->n, sizeof(MethodEntry), mentry_cmp);
    vec_push(&mtab_pending, t);
    if (t->kind == TY_NAMED) gen_ensure_mtab(types_pointer(t));
    ensure_components(t);
}

/* ---- adapters: call a method with the interface data word as receiver ---- */

typedef struct AdapterKey {
    Type *dyn;
    Object *m;
    Proto *p;
} AdapterKey;
static VEC(AdapterKey) adapters;

/* Emit code that computes the receiver for method m from a value of type t held at register
 * `src` (t's layout), following sel's embedded path; leaves the receiver at `dst`. */
void gen_emit_receiver(FS *fs, Type *t, int src, bool src_is_ptr, Selection *sel, Object *m, int dst) {
    /* cur: either a pointer (in a register) to a value of type ct, or the value itself in regs */
    Type *ct = src_is_ptr ? t->elem : t;
    bool isptr = src_is_ptr;
    int reg = src;
    int off = 0; /* byte offset from the pointer (isptr) or word offset into regs (!isptr) */
    for (int i = 0; i < sel->npath; i++) {
        Type *cu = ct->u;
        Field *f = &cu->fields[sel->path[i]];
        if (isptr) off += (int)f->offset;
        else off += (int)(f->offset / 8);
        ct = f->type;
        if (sel->derefs[i]) {
            /* the field is a pointer: load it */
            int r = alloc_reg(fs, 1);
            if (isptr) emit(fs, BC_LOAD, r, reg, off);
            else emit(fs, BC_MOV, r, reg + off, 0);
            reg = r;
            off = 0;
            isptr = true;
            ct = ct->elem;
        }
    }
    bool wantptr = sel->kind == SEL_METHOD ? (m->recv && m->recv->kind == TY_POINTER) : false;
    if (sel->kind == SEL_IFACEMETHOD) {
        /* the embedded field is an interface: receiver is that interface value (2 words) */
        if (isptr) emit(fs, BC_LOAD2, dst, reg, off);
        else emit(fs, BC_MOV2, dst, reg + off, 0);
        return;
    }
    if (wantptr) {
        if (!isptr) {
            /* cannot happen for method sets (checked) */
            emit(fs, BC_UNREACHABLE, 0, 0, 0);
            return;
        }
        if (off) emit(fs, BC_ADDPTR, dst, reg, off);
        else emit(fs, BC_MOV, dst, reg, 0);
        return;
    }
    int w = W(ct);
    if (isptr) {
        /* zero-size receivers are boxed as a NULL data word: nothing to load */
        if (w > 0) gen_load_from_addr(fs, dst, reg, off, ct);
    } else {
        if (w == 1) emit(fs, BC_MOV, dst, reg + off, 0);
        else if (w > 1) emit(fs, BC_MOVN, dst, reg + off, w);
    }
}

Proto *gen_method_adapter(Type *dyn, Object *m, Selection *sel) {
    for (int i = 0; i < adapters.len; i++)
        if (adapters.items[i].dyn == dyn && adapters.items[i].m == m) return adapters.items[i].p;
    Type **targs = NULL;
    int ntargs = 0;
    if (sel->kind == SEL_METHOD && sel->recvbase && sel->recvbase->orig) {
        targs = sel->recvbase->targs;
        ntargs = sel->recvbase->ntargs;
    }
    Type *sig = sel->kind == SEL_METHOD ? m->type : m->type;
    if (ntargs) sig = check_subst(sig, sel->recvbase->orig->tparams, targs, ntargs);
    types_layout(dyn);
    /* direct: data word is exactly the receiver the method expects */
    if (sel->kind == SEL_METHOD && sel->npath == 0) {
        bool ptrrecv = m->recv && m->recv->kind == TY_POINTER;
        bool dynptr = dyn->kind == TY_POINTER;
        if (ptrrecv == dynptr && dyn->size == 8) {
            Proto *p = gen_proto_for(m, targs, ntargs);
            AdapterKey k = {dyn, m, p};
            vec_push(&adapters, k);
            return p;
        }
    }
    StrBuf nb;
    sb_init(&nb);
    sb_printf(&nb, "%s.%s", type_rstring(dyn), m->name);
    Proto *p = new_proto(sb_cstr(&nb));
    AdapterKey k = {dyn, m, p};
    vec_push(&adapters, k);
    FS fs;
    fs_init(&fs, p, NULL);
    int nargw = 0;
    for (int i = 0; i < sig->nparams; i++) nargw += W(ST(NULL, sig->params[i]));
    int nresw = 0;
    for (int i = 0; i < sig->nresults; i++) nresw += W(ST(NULL, sig->results[i]));
    /* frame: R0 = data word, R1.. = args */
    alloc_reg(&fs, 1 + nargw);
    p->nargs = 1 + nargw;
    p->nresults = nresw;
    int recvw = 1;
    if (sel->kind == SEL_IFACEMETHOD) recvw = 2;
    else if (!(m->recv && m->recv->kind == TY_POINTER)) {
        Type *rt = m->recv ? m->recv : dyn;
        if (ntargs) rt = check_subst(rt, sel->recvbase->orig->tparams, targs, ntargs);
        types_layout(rt);
        recvw = W(rt);
    }
    /* call area: receiver then args */
    int base = alloc_reg(&fs, recvw + nargw + (nresw > recvw + nargw ? nresw - recvw - nargw : 0));
    /* the value held by the interface: pointer to a boxed copy unless size 8 */
    bool dynptr = dyn->kind == TY_POINTER;
    int vreg = 0;
    bool vptr;
    Type *vt;
    if (dynptr) { vt = dyn; vptr = true; }
    else if (dyn->size == 8) { vt = dyn; vptr = false; }
    else { vt = types_pointer(dyn); vptr = true; }
    gen_emit_receiver(&fs, vt, vreg, vptr, sel, m, base);
    if (nargw == 1) emit(&fs, BC_MOV, base + recvw, 1, 0);
    else if (nargw > 1) emit(&fs, BC_MOVN, base + recvw, 1, nargw);
    if (sel->kind == SEL_IFACEMETHOD) {
        /* dispatch again through the embedded interface */
        int f = alloc_reg(&fs, 1);
        ICache ic = {m->name, NULL, {NULL}, 0};
        vec_push(&fs.icache, ic);
        emit(&fs, BC_IMETHOD, f, base, fs.icache.len - 1);
        emit(&fs, BC_MOV, base, base + 1, 0); /* data word becomes the receiver */
        if (nargw) emit(&fs, BC_MOVN, base + 1, base + 2, nargw);
        emit(&fs, BC_CALL, base, f, 1);
    } else {
        Proto *mp = gen_proto_for(m, targs, ntargs);
        emit_bx(&fs, BC_CALLK, base, (uint32_t)kptr(&fs, mp));
    }
    emit(&fs, BC_RET, base, nresw, 0);
    fs_finish(&fs);
    return p;
}

/* ---- program entry ---- */

static Proto *compile_var_init(Package *P);

static Proto *entry_proto;

/* fmt's printer state type (*fmt.state), for custom Format methods (vm/vm.c). */
static void find_fmt_state_type(Package **pkgs, int npk) {
    extern Type *vm_fmt_state_type;
    for (int i = 0; i < npk; i++)
        if (strcmp(pkgs[i]->pkg->path, "fmt") == 0) {
            Object *o = scope_lookup_local(pkgs[i]->pkg->scope, ast_intern("state", 5));
            if (o && o->type) vm_fmt_state_type = types_pointer(o->type);
        }
}

Closure *compile_program(Package *mainpkg, bool dump) {
    int npk;
    Package **pkgs = check_all_packages(&npk);
    find_fmt_state_type(pkgs, npk);
    Proto *entry = new_proto("runtime.main");
    entry_proto = entry;
    FS fs;
    fs_init(&fs, entry, NULL);
    int base = alloc_reg(&fs, 4);
    for (int i = 0; i < npk; i++) {
        Proto *vi = compile_var_init(pkgs[i]);
        if (vi) emit_bx(&fs, BC_CALLK, base, (uint32_t)kptr(&fs, vi));
        for (int k = 0; k < pkgs[i]->inits.len; k++) {
            Proto *ip = gen_proto_for(pkgs[i]->inits.items[k], NULL, 0);
            emit_bx(&fs, BC_CALLK, base, (uint32_t)kptr(&fs, ip));
        }
    }
    Object *mainfn = scope_lookup_local(mainpkg->pkg->scope, intern("main"));
    Proto *mp = gen_proto_for(mainfn, NULL, 0);
    emit_bx(&fs, BC_CALLK, base, (uint32_t)kptr(&fs, mp));
    emit(&fs, BC_HALT, 0, 0, 0);
    fs_finish(&fs);
    /* drain the worklist */
    while (worklist.len || mtab_pending.len) {
        while (worklist.len) {
            Work w = worklist.items[--worklist.len];
            compile_work(&w);
        }
        mtab_pending.len = 0;
    }
    if (dump) {
        for (int i = 0; i < allprotos.len; i++) {
            Proto *p = allprotos.items[i];
            if (p->native || !p->line) continue;
            Source *s = src_get(p->file);
            if (s && strncmp(s->path, "$GOROOT", 7) == 0 && !getenv("GORO_DUMP_ALL")) continue;
            vm_disasm(p, stdout);
        }
    }
    if (diag_count()) return NULL;
    return vm_static_closure(entry);
}

/* Package variable initialization, in the checker's order. */
static Proto *compile_var_init(Package *P) {
    if (!P->init_order.len) return NULL;
    StrBuf nb;
    sb_init(&nb);
    sb_printf(&nb, "%s.init", P->pkg->name);
    Proto *p = new_proto(sb_cstr(&nb));
    FS fs;
    fs_init(&fs, p, NULL);
    FuncInfo *fi = NEW(FuncInfo);
    fi->name = p->name;
    fi->depth = 1;
    fs.fi = fi;
    for (int i = 0; i < P->init_order.len; i++) {
        InitEntry *e = &P->init_order.items[i];
        Node *sp = e->spec;
        int save = fs.freereg;
        set_line(&fs, sp);
        if (e->index >= 0) {
            Node *nm = sp->valuespec.names.items[e->index];
            Node *val = sp->valuespec.values.items[e->index];
            Object *o = nm->obj;
            if (!o || strcmp(o->name, "_") == 0) {
                /* evaluate for side effects */
                gen_expr(&fs, val);
            } else {
                Type *t = ST(&fs, o->type);
                int r = alloc_reg(&fs, W(t) ? W(t) : 1);
                gen_conv_to(&fs, val, t, r);
                int pr = alloc_reg(&fs, 1);
                emit_bx(&fs, BC_LOADK, pr, (uint32_t)kptr(&fs, gen_global_addr(o)));
                gen_store_to_addr(&fs, pr, 0, t, r);
            }
        } else {
            Node *val = sp->valuespec.values.items[0];
            int nn = sp->valuespec.names.len;
            Type *tt = etype(&fs, val);
            int rb;
            Type **parts = NEWARR(Type *, nn);
            bool commaok = (val->flags & NF_HASOK) != 0;
            if (commaok) {
                Type *vt = ST(&fs, val->type);
                parts[0] = vt;
                parts[1] = ty_bool;
                rb = alloc_reg(&fs, W(vt) + 1);
                gen_expr_to(&fs, val, rb);
            } else {
                for (int k = 0; k < nn; k++) parts[k] = ST(&fs, tt->tuple[k]);
                rb = gen_call(&fs, val);
            }
            int off = 0;
            for (int k = 0; k < nn; k++) {
                Object *o = sp->valuespec.names.items[k]->obj;
                Type *pt = parts[k];
                if (o && strcmp(o->name, "_") != 0) {
                    Type *t = ST(&fs, o->type);
                    int r = alloc_reg(&fs, W(t) ? W(t) : 1);
                    gen_convert_regs(&fs, rb + off, pt, t, r);
                    int pr = alloc_reg(&fs, 1);
                    emit_bx(&fs, BC_LOADK, pr, (uint32_t)kptr(&fs, gen_global_addr(o)));
                    gen_store_to_addr(&fs, pr, 0, t, r);
                }
                off += W(pt);
            }
        }
        fs.freereg = save;
    }
    emit(&fs, BC_RET, 0, 0, 0);
    fs_finish(&fs);
    return p;
}

/* ---- REPL support (compiler/repl_session.c) ---- */

/* Compile every function requested since the last drain: the REPL compiles each input's body
 * itself (outside compile_program), then drains the worklist with this. */
void gen_compile_pending(void);
void gen_compile_pending(void) {
    while (worklist.len || mtab_pending.len) {
        while (worklist.len) {
            Work w = worklist.items[--worklist.len];
            compile_work(&w);
        }
        mtab_pending.len = 0;
    }
}
