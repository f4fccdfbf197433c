/* disasm.c — `goro --bytecode`: one function per block, one instruction per line:
 *     PC  LINE  OPCODE  operands      ; semantics from opcodes.def
 * Extension words (used by some instructions for extra operands) are shown as "....". */
#include <stdio.h>
#include <string.h>
#include "vm.h"

static const char *const op_docs[BC__COUNT] = {
#define X(name, fmt, doc) doc,
#include "opcodes.def"
#undef X
};

/* instructions followed by one extension word */
static bool has_ext(int op) {
    switch (op) {
    case BC_LOADI64: case BC_STRSLICE: case BC_LOADN: case BC_LOADX: case BC_STOREN: case BC_STOREX:
    case BC_ZEROMEM: case BC_COPYMEM: case BC_IDXADDR: case BC_ARRADDR: case BC_SLICE: case BC_MAKESLICE:
    case BC_MKSLICE: case BC_APPEND: case BC_APPENDSL: case BC_COPY: case BC_CLEARSL: case BC_SLICE2ARR:
    case BC_SLICE2ARRP: case BC_MAPGET: case BC_MAPGET2: case BC_MAPNEXT: case BC_ASSERT: case BC_ASSERT2:
    case BC_ASSERTI: case BC_CLOSURE: case BC_RECV: case BC_SELECT: case BC_EQ_T:
        return true;
    default:
        return false;
    }
}

void vm_disasm(Proto *p, FILE *out) {
    Source *s = src_get(p->file);
    fprintf(out, "func %s  (%s:%d)  args=%d results=%d regs=%d\n", p->name, s ? s->path : "?", p->line, p->nargs,
            p->nresults, p->nregs);
    for (int pc = 0; pc < p->ncode; pc++) {
        Instr i = p->code[pc];
        int line = p->lines ? p->lines[pc] : 0;
        if (i.op >= BC__COUNT) {
            fprintf(out, "  %4d  %4d  ....\n", pc, line);
            continue;
        }
        const char *fmt = vm_op_formats[i.op];
        char ops[64];
        if (strstr(fmt, "sBx")) snprintf(ops, sizeof ops, "%d %d", i.a, INSTR_SBX(i));
        else if (strstr(fmt, "Bx")) snprintf(ops, sizeof ops, "%d K%u", i.a, INSTR_BX(i));
        else if (strstr(fmt, "sC")) snprintf(ops, sizeof ops, "%d %d %d", i.a, i.b, INSTR_SC(i));
        else snprintf(ops, sizeof ops, "%d %d %d", i.a, i.b, i.c);
        fprintf(out, "  %4d  %4d  %-10s %-16s ; %s\n", pc, line, vm_op_names[i.op], ops, op_docs[i.op]);
        if (has_ext(i.op) && pc + 1 < p->ncode) {
            pc++;
            Instr x = p->code[pc];
            uint64_t w;
            memcpy(&w, &x, 8);
            switch (i.op) {
            case BC_MKSLICE: case BC_APPEND: case BC_APPENDSL: case BC_MAKESLICE: case BC_EQ_T:
            case BC_ASSERT: case BC_ASSERT2: case BC_ASSERTI:
                /* a 64-bit constant index naming a type */
                if (w < (uint64_t)p->nk)
                    fprintf(out, "  %4d  %4d  ....       type %s\n", pc, line, type_rstring((Type *)p->k[w].p));
                else
                    fprintf(out, "  %4d  %4d  ....       K%llu\n", pc, line, (unsigned long long)w);
                break;
            case BC_LOADI64: case BC_SLICE2ARRP: case BC_ZEROMEM: case BC_COPYMEM:
                fprintf(out, "  %4d  %4d  ....       %lld\n", pc, line, (long long)w);
                break;
            default:
                fprintf(out, "  %4d  %4d  ....       %d %d %d\n", pc, line, x.a, x.b, x.c);
            }
        }
        if ((i.op == BC_UNBOX) && pc + 2 < p->ncode) pc += 2;
    }
    fputc('\n', out);
}
