/* rterror.c — run-time error values (see rterror.h).
 *
 * Every error value's data word points to a GoString holding the complete Error() text, so
 * one native method serves all of them. The types are created once at start-up and carry
 * method tables, so fmt, errors and panic printing see ordinary error values.
 */
#include <string.h>
#include "rterror.h"
#include "vm.h"
#include "../util/mem.h"
#include "../util/vec.h"

static Type *t_bounds, *t_errstr, *t_plain, *t_tae, *t_tae_ptr, *t_pnil, *t_pnil_ptr;
static GoIface nil_deref_value;
static Pkg runtime_pkg = {"runtime", "runtime", NULL, true};

static int native_error(G *g, Word *args) {
    (void)g;
    const GoString *s = args[0].p;
    args[0].p = (void *)s->ptr;
    args[1].i = s->len;
    return NAT_OK;
}

static int native_noop(G *g, Word *args) {
    (void)g;
    (void)args;
    return NAT_OK;
}

static Proto *native_proto(const char *name, NativeFn fn, int nargs, int nres) {
    Proto *p = NEW(Proto);
    p->name = name;
    p->native = fn;
    p->nargs = nargs;
    p->nresults = nres;
    p->nregs = nargs > nres ? nargs : nres;
    p->compiled = true;
    return p;
}

static MethodTable *error_mtab(void) {
    Type *res[1] = {ty_string};
    Type *sig = types_func(NULL, 0, res, 1, false);
    Type *sig0 = types_func(NULL, 0, NULL, 0, false);
    MethodTable *mt = mem_alloc(sizeof(MethodTable) + 2 * sizeof(MethodEntry));
    mt->n = 2;
    mt->e[0] = (MethodEntry){ast_intern("Error", 5), sig, (struct Func *)native_proto("runtime.Error", native_error, 1, 2)};
    mt->e[1] = (MethodEntry){ast_intern("RuntimeError", 12), sig0,
                             (struct Func *)native_proto("runtime.RuntimeError", native_noop, 1, 0)};
    return mt;
}

static Type *err_type(const char *name) {
    Type *t = types_named(ast_intern(name, strlen(name)), &runtime_pkg, NULL);
    Field f = {ast_intern("msg", 3), ty_string, 0, false, false, NULL};
    types_set_underlying(t, types_struct(&f, 1));
    types_layout(t);
    return t;
}

void rterror_init(void) {
    if (t_bounds) return;
    types_init();
    MethodTable *mt = error_mtab();
    t_bounds = err_type("boundsError");
    t_errstr = err_type("errorString");
    t_plain = err_type("plainError");
    t_tae = err_type("TypeAssertionError");
    t_pnil = err_type("PanicNilError");
    t_bounds->mtab = t_errstr->mtab = t_plain->mtab = mt;
    t_tae_ptr = types_pointer(t_tae);
    t_pnil_ptr = types_pointer(t_pnil);
    t_tae_ptr->mtab = t_pnil_ptr->mtab = mt;
    types_layout(t_tae_ptr);
    types_layout(t_pnil_ptr);
    nil_deref_value = rterror_runtime("invalid memory address or nil pointer dereference");
}

static GoIface make(Type *t, const char *msg) {
    GoString *s = mem_alloc(sizeof(GoString));
    size_t n = strlen(msg);
    s->ptr = (const uint8_t *)mem_strndup(msg, n);
    s->len = (int64_t)n;
    GoIface v = {t, (uint64_t)(uintptr_t)s};
    return v;
}

static const char *prefixed(const char *msg) {
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, "runtime error: ");
    sb_puts(&b, msg);
    return sb_cstr(&b);
}

GoIface rterror_bounds(const char *msg) { return make(t_bounds, prefixed(msg)); }
GoIface rterror_runtime(const char *msg) { return make(t_errstr, prefixed(msg)); }
GoIface rterror_plain(const char *msg) { return make(t_plain, msg); }
GoIface rterror_nil_deref(void) { return nil_deref_value; }

bool rterror_is_nil_deref(GoIface v) {
    if (v.type != t_errstr) return false;
    const GoString *s = (const GoString *)(uintptr_t)v.data;
    return s && s->len > 30 && memcmp(s->ptr + 15, "invalid memory address", 22) == 0;
}

GoIface rterror_string(const char *s) {
    GoString *gs = mem_alloc(sizeof(GoString));
    size_t n = strlen(s);
    gs->ptr = (const uint8_t *)mem_strndup(s, n);
    gs->len = (int64_t)n;
    GoIface v = {ty_string, (uint64_t)(uintptr_t)gs};
    return v;
}

GoIface rterror_type_assertion(Type *iface, Type *dyn, Type *asserted, const char *missing) {
    StrBuf b;
    sb_init(&b);
    const char *inter = iface ? type_rstring(iface) : "interface";
    const char *as = type_rstring(asserted);
    if (!dyn) sb_printf(&b, "interface conversion: %s is nil, not %s", inter, as);
    else if (!missing) {
        const char *cs = type_rstring(dyn);
        sb_printf(&b, "interface conversion: %s is %s, not %s", inter, cs, as);
        if (strcmp(cs, as) == 0) sb_puts(&b, " (types from different scopes)");
    } else
        sb_printf(&b, "interface conversion: %s is not %s: missing method %s", type_rstring(dyn), as, missing);
    return make(t_tae_ptr, sb_cstr(&b));
}

GoIface rterror_panic_nil(void) { return make(t_pnil_ptr, "panic called with nil argument"); }

GoIface rterror_value(RtPanic *rp) {
    switch (rp->kind) {
    case RTP_RUNTIME_ERROR: return rterror_runtime(rp->msg ? rp->msg : "");
    case RTP_PLAIN: return rterror_plain(rp->msg ? rp->msg : "");
    case RTP_STRING: return rterror_string(rp->msg ? rp->msg : "");
    case RTP_ERROR:
        if (rp->value) return *(GoIface *)rp->value;
        return rterror_plain("error");
    default: return rterror_plain(rp->msg ? rp->msg : "panic");
    }
}
