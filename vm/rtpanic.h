/* rtpanic.h — how C code called by the VM raises a Go panic.
 *
 * C helpers (maps, equality, conversions, natives) cannot unwind the VM. Instead they record a
 * pending panic for the current thread and return normally; the VM checks rt_pending_panic()
 * after every call that may fail and turns the record into a Go panic on the running G.
 * Invariant: at most one pending panic per thread; a second record while one is pending is
 * ignored (the first error wins, as it would in Go where the first panic stops execution).
 */
#ifndef GORO_RTPANIC_H
#define GORO_RTPANIC_H

#include <stdbool.h>

typedef enum RtPanicKind {
    RTP_NONE,
    RTP_RUNTIME_ERROR,  /* runtime.Error; message printed after "runtime error: " */
    RTP_PLAIN,          /* runtime.Error printed without prefix, e.g. "assignment to entry in nil map" */
    RTP_STRING,         /* panic(string) from Go-visible library code, e.g. "sync: negative WaitGroup counter" */
    RTP_ERROR,          /* panic(error) with an error value built by the VM */
    RTP_FATAL,          /* fatal error: not recoverable, e.g. "sync: unlock of unlocked mutex" */
    RTP_GOEXIT,         /* runtime.Goexit: run deferred calls, end the goroutine */
} RtPanicKind;

typedef struct RtPanic {
    RtPanicKind kind;
    const char *msg;    /* GC-allocated */
    void *value;        /* RTP_ERROR: a GoIface * */
} RtPanic;

void rt_panic_runtime_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void rt_panic_plain(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void rt_panic_string(const char *msg);
void rt_fatal_msg(const char *msg);
void rt_goexit(void);
bool rt_pending_panic(void);
/* Take (and clear) the pending record. */
RtPanic rt_take_panic(void);

#endif
