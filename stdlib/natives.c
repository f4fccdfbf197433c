/* natives.c — native functions of the embedded standard library, registered by name
 * ("pkg/path.Name"). Each receives its argument words and writes its results over them
 * (calling convention in vm/vm.h). */
#include <string.h>
#include "natives.h"
#include "fmt.h"
#include "../vm/vm.h"
#include "../vm/value.h"
#include "../util/mem.h"

static const char *os_argv0;
static const char **os_args;
static int os_nargs;

void stdlib_set_args(const char *argv0, const char **args, int nargs) {
    os_argv0 = argv0;
    os_args = args;
    os_nargs = nargs;
}

static inline GoString arg_str(Word *a) { return (GoString){a[0].p, a[1].i}; }
static inline GoSlice arg_slice(Word *a) { return (GoSlice){a[0].p, a[1].i, a[2].i}; }
static inline void ret_str(Word *a, const char *s, size_t n) {
    char *p = n ? mem_alloc_atomic(n) : NULL;
    if (n) memcpy(p, s, n);
    a[0].p = p;
    a[1].i = (int64_t)n;
}

/* ---- fmt ---- */

static int fmt_sprintf_n(G *g, Word *a) {
    (void)g;
    GoString f = arg_str(a);
    GoSlice s = arg_slice(a + 2);
    StrBuf b;
    sb_init(&b);
    fmt_sprintf(&b, f.ptr, (size_t)f.len, (GoIface *)s.ptr, (int)s.len);
    ret_str(a, b.data, b.len);
    return NAT_OK;
}

static int fmt_sprint_n(G *g, Word *a) {
    (void)g;
    GoSlice s = arg_slice(a);
    StrBuf b;
    sb_init(&b);
    fmt_sprint(&b, (GoIface *)s.ptr, (int)s.len);
    ret_str(a, b.data, b.len);
    return NAT_OK;
}

static int fmt_sprintln_n(G *g, Word *a) {
    (void)g;
    GoSlice s = arg_slice(a);
    StrBuf b;
    sb_init(&b);
    fmt_sprintln(&b, (GoIface *)s.ptr, (int)s.len);
    ret_str(a, b.data, b.len);
    return NAT_OK;
}

static int fmt_errorf_n(G *g, Word *a) {
    (void)g;
    GoString f = arg_str(a);
    GoSlice s = arg_slice(a + 2);
    StrBuf b;
    sb_init(&b);
    int *w = NULL, nw = 0;
    fmt_errorf(&b, f.ptr, (size_t)f.len, (GoIface *)s.ptr, (int)s.len, &w, &nw);
    ret_str(a, b.data, b.len);
    int64_t *idx = mem_alloc_atomic(sizeof(int64_t) * (size_t)(nw ? nw : 1));
    for (int i = 0; i < nw; i++) idx[i] = w[i];
    a[2].p = idx;
    a[3].i = nw;
    a[4].i = nw;
    return NAT_OK;
}

static int fmt_write_stdout_n(G *g, Word *a) {
    (void)g;
    GoString s = arg_str(a);
    vm_write_stdout((const char *)s.ptr, (size_t)s.len);
    a[0].i = s.len;
    return NAT_OK;
}

/* ---- errors ---- */

bool vm_implements(Type *t, Type *iface);

static int errors_assign_to(G *g, Word *a) {
    (void)g;
    Type *et = a[0].p;
    uint64_t edata = a[1].u;
    Type *tt = a[2].p;
    void *tp = (void *)(uintptr_t)a[3].u;
    a[0].u = 0;
    if (!tt || tt->u->kind != TY_POINTER || !tp) return NAT_OK;
    Type *T = tt->u->elem;
    if (!et) return NAT_OK;
    if (T->u->kind == TY_INTERFACE) {
        if (vm_implements(et, T)) {
            Word *dst = tp;
            dst[0].p = et;
            dst[1].u = edata;
            a[0].u = 1;
        }
        return NAT_OK;
    }
    if (et == T) {
        const void *src = val_unbox_ptr(et, &edata);
        if (T->size) memcpy(tp, src, (size_t)T->size);
        a[0].u = 1;
    }
    return NAT_OK;
}

static int fmt_state_write_n(G *g, Word *a) {
    (void)g;
    GoSlice b = arg_slice(a + 1);
    fmt_state_write(a[0].p, b.ptr, (size_t)b.len);
    a[0].i = b.len;
    return NAT_OK;
}

static int fmt_state_width_n(G *g, Word *a) {
    (void)g;
    bool ok;
    int64_t w = fmt_state_width(a[0].p, &ok);
    a[0].i = w;
    a[1].u = ok;
    return NAT_OK;
}

static int fmt_state_precision_n(G *g, Word *a) {
    (void)g;
    bool ok;
    int64_t w = fmt_state_precision(a[0].p, &ok);
    a[0].i = w;
    a[1].u = ok;
    return NAT_OK;
}

static int fmt_state_flag_n(G *g, Word *a) {
    (void)g;
    a[0].u = fmt_state_flag(a[0].p, a[1].i);
    return NAT_OK;
}

static const NativeEntry core_natives[] = {
    {"fmt.stateWrite", fmt_state_write_n},
    {"fmt.stateWidth", fmt_state_width_n},
    {"fmt.statePrecision", fmt_state_precision_n},
    {"fmt.stateFlag", fmt_state_flag_n},
    {"fmt.sprintf", fmt_sprintf_n},
    {"fmt.sprint", fmt_sprint_n},
    {"fmt.sprintln", fmt_sprintln_n},
    {"fmt.errorf", fmt_errorf_n},
    {"fmt.writeStdout", fmt_write_stdout_n},
    {"errors.assignTo", errors_assign_to},
    {NULL, NULL},
};

/* Every other native table is listed in natives_list.def: NATIVES(table_name). */
#define NATIVES(t) extern const NativeEntry t[];
#include "natives_list.def"
#undef NATIVES

void stdlib_register_natives(void) {
    vm_register_natives(core_natives);
#define NATIVES(t) vm_register_natives(t);
#include "natives_list.def"
#undef NATIVES
}
