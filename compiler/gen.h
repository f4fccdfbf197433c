/* gen.h — the bytecode compiler (typed AST -> Proto). Internal to compiler/gen*.c.
 *
 * Compilation is demand-driven: starting from the program entry, every function referenced is
 * requested with gen_proto_for(fn, type arguments); requests are compiled from a worklist, so
 * generic functions are instantiated once per distinct type-argument list (monomorphization).
 *
 * Register discipline: a frame is [arguments][locals and temporaries]. A value of type T uses
 * T->size/8 consecutive registers. Locals are allocated stack-like at declaration and released
 * at the end of their block; temporaries above them are released at the end of each statement.
 * Variables that are captured by closures, have their address taken, or are arrays live in heap
 * cells: their register holds the cell's address (VL_CELL).
 */
#ifndef GORO_GEN_H
#define GORO_GEN_H

#include "check_internal.h"
#include "../vm/vm.h"

typedef VEC(int) IntVec;

typedef enum VarKind { VL_NONE, VL_REG, VL_CELL, VL_UP, VL_GLOBAL } VarKind;

typedef struct VarLoc {
    Object *obj;
    VarKind kind;
    int reg;        /* VL_REG: first register; VL_CELL: register holding the cell pointer */
    int up;         /* VL_UP: upvalue index */
    void *addr;     /* VL_GLOBAL: cell address */
} VarLoc;

typedef struct LoopCtx {
    struct LoopCtx *outer;
    const char *label;
    IntVec breaks;        /* jump instructions to patch to the loop end */
    IntVec continues;     /* jump instructions to patch to the continue target */
    bool is_loop;         /* for/range (continue allowed) vs switch/select */
    int freereg;          /* registers live at loop entry */
} LoopCtx;

typedef struct LabelInfo {
    const char *name;
    int pc;               /* -1 until placed */
    IntVec gotos;         /* pending goto jumps */
} LabelInfo;

typedef struct FS {
    Proto *p;
    FuncInfo *fi;
    VEC(Instr) code;
    VEC(int32_t) lines;
    VEC(Word) k;
    int freereg, maxreg;
    VarLoc *vars;         /* open addressing by Object* */
    int nvars, capvars;
    Object **tparams;     /* substitution for the instantiation being compiled */
    Type **targs;
    int ntargs;
    LoopCtx *loop;
    VEC(LabelInfo) labels;
    int line;
    /* results */
    Type *sig;
    VarLoc *resvars;      /* result variables (functions with defer or named results) */
    int nres;
    bool use_resvars;     /* returns store into resvars and jump to the epilogue */
    IntVec retjumps;      /* jumps to the epilogue */
    VEC(ICache) icache;
    int recover_pc;       /* epilogue start (functions with defer) */
} FS;

/* program-level */
Proto *gen_proto_for(Object *fn, Type **targs, int ntargs);
Proto *gen_funclit(FS *outer, Node *lit);
Proto *gen_method_adapter(Type *dyn, Object *m, Selection *sel); /* iface-callable wrapper */
Proto *gen_bound_method(FS *fs, Node *sel_node);                 /* method value thunk proto */
Proto *gen_builtin_thunk(int builtin, Type **argtypes, int nargs, Node *call);
void gen_ensure_mtab(Type *t);
void gen_emit_receiver(FS *fs, Type *t, int src, bool src_is_ptr, Selection *sel, Object *m, int dst);
void fs_finish(FS *fs);
void *gen_global_addr(Object *g);
Type *gen_runtime_error_type(void);

/* types */
Type *ST(FS *fs, Type *t);            /* substitute + layout */
static inline int W(Type *t) { return (int)(t->size / 8); }

/* emission */
int emit(FS *fs, OpCode op, int a, int b, int c);
int emit_bx(FS *fs, OpCode op, int a, uint32_t bx);
int emit_word(FS *fs, uint64_t w);      /* raw extension word */
int emit_jump(FS *fs, OpCode op, int a); /* returns pc to patch */
void patch_jump(FS *fs, int at, int target);
void patch_here(FS *fs, int at);
int here(FS *fs);
int kword(FS *fs, uint64_t w);
int kptr(FS *fs, const void *p);
int knilmap_key(FS *fs, Type *kt);
int kstring(FS *fs, const char *s, size_t n);
int alloc_reg(FS *fs, int n);
void set_line(FS *fs, Node *n);

/* variables */
VarLoc *var_lookup(FS *fs, Object *o);
VarLoc *var_define(FS *fs, Object *o, Type *t);  /* allocate storage for a new local */
bool var_in_memory(FS *fs, Object *o, Type *t);

/* expressions (gen_expr.c) */
int gen_expr(FS *fs, Node *e);                       /* value in some registers (may alias a local) */
void gen_expr_to(FS *fs, Node *e, int dst);          /* value into dst */
void gen_conv_to(FS *fs, Node *e, Type *target, int dst); /* value converted to target type */
void gen_convert_regs(FS *fs, int src, Type *from, Type *to, int dst); /* value conversion between regs */
void gen_cond_jump(FS *fs, Node *e, bool jump_if, IntVec *jumps);
int gen_addr(FS *fs, Node *e);                       /* register holding the address of e */
void gen_store_to_addr(FS *fs, int ptrreg, int off, Type *t, int src);
void gen_load_from_addr(FS *fs, int dst, int ptrreg, int off, Type *t);
int gen_call(FS *fs, Node *call);                    /* returns base of results */
void gen_zero(FS *fs, int dst, Type *t);
void gen_const(FS *fs, Node *e, Type *t, int dst);
Type *etype(FS *fs, Node *e);                        /* substituted type of an expression */

/* lvalues */
typedef enum LvKind { LV_BLANK, LV_REG, LV_MEM, LV_MAP } LvKind;
typedef struct LValue {
    LvKind kind;
    Type *type;
    int reg;            /* LV_REG: first register; LV_MEM: pointer register; LV_MAP: map register */
    int off;            /* LV_MEM: byte offset */
    int keyreg;         /* LV_MAP */
    Type *keytype;
} LValue;
LValue gen_lvalue(FS *fs, Node *e);
void gen_lvalue_store(FS *fs, LValue *lv, int src);
void gen_lvalue_load(FS *fs, LValue *lv, int dst);

/* statements (gen_stmt.c) */
void gen_block(FS *fs, Node *b);
void gen_stmt(FS *fs, Node *s);
void gen_function_body(FS *fs, FuncInfo *fi, Node *body, Object *recv);

/* natives */
NativeFn gen_find_native(const char *pkgpath, const char *name);

#endif
