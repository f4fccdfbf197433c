/* natives_context.c — package context's two reflective helpers (Go's context uses
 * internal/reflectlite for them). */
#include "natives_util.h"

/* typeString(x any) string: reflect's name of x's dynamic type ("*main.myCtx"). */
static int ctx_type_string(G *g, Word *a) {
    Type *t = a[0].p;
    const char *s = t ? type_rstring(t) : "<nil>";
    nu_ret_str(a, s, (int64_t)strlen(s));
    return NAT_OK;
}

/* comparable(x any) bool: whether == is defined on x's dynamic type. */
static int ctx_comparable(G *g, Word *a) {
    Type *t = a[0].p;
    a[0].u = t != NULL && (t->flags & TF_COMPARABLE) != 0;
    return NAT_OK;
}

const NativeEntry natives_context[] = {
    {"context.typeString", ctx_type_string},
    {"context.comparable", ctx_comparable},
    {NULL, NULL},
};
