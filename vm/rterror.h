/* rterror.h — Go values for run-time errors (runtime.Error implementations), as gc names them:
 * runtime.boundsError, runtime.errorString, runtime.plainError, *runtime.TypeAssertionError,
 * *runtime.PanicNilError. Each holds its full message; Error() returns it. */
#ifndef GORO_RTERROR_H
#define GORO_RTERROR_H

#include "rtpanic.h"
#include "value.h"

void rterror_init(void);
GoIface rterror_value(RtPanic *rp);          /* a pending C-side panic as a Go value */
GoIface rterror_bounds(const char *msg);     /* "runtime error: " + msg */
GoIface rterror_runtime(const char *msg);    /* errorString: "runtime error: " + msg */
GoIface rterror_plain(const char *msg);      /* plainError: msg as is */
GoIface rterror_nil_deref(void);
bool rterror_is_nil_deref(GoIface v);
GoIface rterror_type_assertion(Type *iface, Type *dyn, Type *asserted, const char *missing);
GoIface rterror_panic_nil(void);
GoIface rterror_string(const char *s);       /* panic("...") with a string value */

#endif
