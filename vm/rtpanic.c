/* rtpanic.c — per-thread pending panic records (see rtpanic.h). */
#include <stdarg.h>
#include "rtpanic.h"
#include "../util/vec.h"

static _Thread_local RtPanic pending;

static void set(RtPanicKind k, const char *msg) {
    if (pending.kind != RTP_NONE) return;
    pending.kind = k;
    pending.msg = msg;
    pending.value = 0;
}

static const char *vfmt(const char *fmt, va_list ap) {
    StrBuf b;
    sb_init(&b);
    sb_vprintf(&b, fmt, ap);
    return sb_cstr(&b);
}

void rt_panic_runtime_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    set(RTP_RUNTIME_ERROR, vfmt(fmt, ap));
    va_end(ap);
}

void rt_panic_plain(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    set(RTP_PLAIN, vfmt(fmt, ap));
    va_end(ap);
}

void rt_panic_string(const char *msg) { set(RTP_STRING, mem_strdup(msg)); }
void rt_fatal_msg(const char *msg) { set(RTP_FATAL, mem_strdup(msg)); }
void rt_goexit(void) { set(RTP_GOEXIT, ""); }
bool rt_pending_panic(void) { return pending.kind != RTP_NONE; }

RtPanic rt_take_panic(void) {
    RtPanic p = pending;
    pending.kind = RTP_NONE;
    pending.msg = 0;
    pending.value = 0;
    return p;
}
