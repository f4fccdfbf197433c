/* natives_errors.c — the reflection that package errors needs (gc uses internal/reflectlite):
 * whether a value's dynamic type is comparable, and the validity of an As target. */
#include "natives_util.h"

bool vm_implements(Type *t, Type *iface);

/* comparable(v any) bool: whether == is defined on v's dynamic type. */
static int e_comparable(G *g, Word *a) {
    Type *t = a[0].p;
    a[0].u = t && (t->flags & TF_COMPARABLE);
    return NAT_OK;
}

/* asTarget(target any) int: 0 valid; 1 not a non-nil pointer; 2 *target is neither an
 * interface nor a type implementing error. */
static int e_as_target(G *g, Word *a) {
    Type *t = a[0].p;
    if (!t || t->u->kind != TY_POINTER || a[1].p == NULL) {
        a[0].i = 1;
        return NAT_OK;
    }
    Type *elem = t->u->elem;
    if (elem->u->kind != TY_INTERFACE && !vm_implements(elem, ty_error)) {
        a[0].i = 2;
        return NAT_OK;
    }
    a[0].i = 0;
    return NAT_OK;
}

const NativeEntry natives_errors[] = {
    {"errors.comparable", e_comparable},
    {"errors.asTarget", e_as_target},
    {NULL, NULL},
};
