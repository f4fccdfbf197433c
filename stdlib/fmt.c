/* fmt.c — fmt's printer (see fmt.h): a C rendering of Go's fmt/print.go and fmt/format.go.
 *
 * The structure follows Go's so behaviour can be checked line against line: PP is Go's pp
 * (printer state: current operand, flags, error guards) and the fmt_* helpers are Go's fmt
 * methods (padding, integers, floats, strings). Values are walked as Val {type, pointer,
 * read-only}: reflect.Value's role. "Read-only" marks values reached through an unexported
 * struct field (reflect's flagRO): fmt does not call their methods.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "fmt.h"
#include "strconv_core.h"
#include "utf8.h"
#include "../vm/map.h"

int (*fmt_invoke_string_method)(struct Func *fn, uint64_t recv_data, GoString *out,
                                GoString *panic_msg);

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

#define MAX_DEPTH 1000

typedef struct Val {
    Type *t;        /* NULL: invalid (reflect's zero Value) */
    const void *p;  /* the value, in its standalone (word) layout */
    bool ro;        /* reached through an unexported field */
} Val;

/* The printer (Go's pp + fmt). It is also the fmt.State handed to Format methods. */
typedef struct FmtState {
    StrBuf *buf;
    /* fmt flags (Go's fmtFlags) */
    bool widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV;
    /* wid and prec are not flags: like Go, clearing flags leaves them (a Format method can
     * observe stale values through Width()/Precision() with ok == false) */
    int wid, prec;
    /* printer state */
    Val arg;        /* p.arg: the operand as an interface value would hold it (t NULL = nil) */
    Val value;      /* p.value */
    bool reordered, goodArgNum, panicking, erroring, wrapErrs;
    VEC(int) wrapped;
    int depth;
} PP;

typedef struct Flags {
    bool widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV;
} Flags;

static Flags save_flags(PP *p) {
    return (Flags){p->widPresent, p->precPresent, p->minus, p->plus, p->sharp, p->space,
                   p->zero, p->plusV, p->sharpV};
}
static void restore_flags(PP *p, Flags f) {
    p->widPresent = f.widPresent; p->precPresent = f.precPresent; p->minus = f.minus;
    p->plus = f.plus; p->sharp = f.sharp; p->space = f.space; p->zero = f.zero;
    p->plusV = f.plusV; p->sharpV = f.sharpV;
}
static void clear_flags(PP *p) { restore_flags(p, (Flags){0}); }

static void printArg(PP *p, Val arg, int32_t verb);
static void printValue(PP *p, Val value, int32_t verb, int depth);

/* ================================ small helpers ================================ */

static inline TypeKind ukind(Type *t) { return t->u->kind; }

/* A StrBuf over a caller's stack array: no allocation unless the text outgrows it (then
 * sb_* moves it to GC memory). Keeps formatting of scalars allocation-free. */
#define STACK_SB(name, size)                     \
    char name##_mem[size];                       \
    StrBuf name = {name##_mem, 0, sizeof name##_mem}; \
    name##_mem[0] = 0

/* sb_put that accepts (NULL, 0): empty Go strings may have a NULL pointer */
static inline void sbput(StrBuf *b, const char *s, size_t n) {
    if (n) sb_put(b, s, n);
}

static void put_rune(StrBuf *b, int32_t r) {
    if (r >= 0 && r < UTF8_RUNE_SELF) {
        sb_putc(b, (char)r);
        return;
    }
    uint8_t tmp[4];
    sbput(b, (const char *)tmp, (size_t)utf8_encode(tmp, r));
}

static inline int64_t ld_i64(const void *p) { return *(const int64_t *)p; }
static inline uint64_t ld_u64(const void *p) { return *(const uint64_t *)p; }

/* A bool or integer of kind k stored in memory: small kinds are read at their own width (a
 * store through a pointer writes only those bytes; see compiler/types.h VALUE LAYOUT). */
static inline uint64_t ld_intk(int k, const void *p) {
    switch (k) {
    case TY_BOOL: return *(const uint8_t *)p != 0;
    case TY_INT8: return (uint64_t)(int64_t)*(const int8_t *)p;
    case TY_INT16: return (uint64_t)(int64_t)*(const int16_t *)p;
    case TY_INT32: return (uint64_t)(int64_t)*(const int32_t *)p;
    case TY_UINT8: return *(const uint8_t *)p;
    case TY_UINT16: return *(const uint16_t *)p;
    case TY_UINT32: return *(const uint32_t *)p;
    default: return *(const uint64_t *)p;
    }
}
static inline double ld_f64(const void *p) {
    double d;
    memcpy(&d, p, 8);
    return d;
}

/* The value an interface holds, as a Val (invalid for a nil interface). */
static Val iface_elem(const GoIface *x, bool ro) {
    if (!x->type) return (Val){NULL, NULL, ro};
    return (Val){x->type, val_unbox_ptr(x->type, &x->data), ro};
}

/* reflect's Value.Interface() for handleMethods: interfaces unwrap to their content. */
static Val as_interface(Val v) {
    if (v.t && ukind(v.t) == TY_INTERFACE) return iface_elem(v.p, v.ro);
    return v;
}

static bool is_signed_kind(TypeKind k) {
    return k == TY_INT || k == TY_INT8 || k == TY_INT16 || k == TY_INT32 || k == TY_INT64;
}
static bool is_unsigned_kind(TypeKind k) {
    return k == TY_UINT || k == TY_UINT8 || k == TY_UINT16 || k == TY_UINT32 ||
           k == TY_UINT64 || k == TY_UINTPTR;
}

/* ================================ methods ================================ */

static const MethodEntry *find_method(Type *t, const char *name) {
    if (!t) return NULL;
    MethodTable *mt = t->mtab;
    if (!mt) return NULL;
    int lo = 0, hi = mt->n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(mt->e[mid].name, name);
        if (c == 0) return &mt->e[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return NULL;
}

const MethodEntry *fmt_string_method(Type *t, const char *name) {
    const MethodEntry *e = find_method(t, name);
    if (!e) return NULL;
    Type *sig = e->sig ? e->sig->u : NULL;
    if (sig && (sig->nparams != 0 || sig->nresults != 1 || sig->results[0] != ty_string)) return NULL;
    return e;
}

/* fmt.Formatter: Format(fmt.State, rune) */
static const MethodEntry *format_method(Type *t) {
    const MethodEntry *e = find_method(t, "Format");
    if (!e) return NULL;
    Type *sig = e->sig ? e->sig->u : NULL;
    if (sig && (sig->nparams != 2 || sig->nresults != 0 || sig->params[1]->u->kind != TY_INT32))
        return NULL;
    return e;
}

/* ---- fmt.State, for Format methods ---- */

int (*fmt_invoke_format_method)(struct Func *fn, uint64_t recv_data, FmtState *st, int32_t verb,
                                GoString *panic_msg);

void fmt_state_write(FmtState *st, const uint8_t *s, size_t n) {
    if (n) sb_put(st->buf, (const char *)s, n);
}

int64_t fmt_state_width(FmtState *st, bool *ok) {
    *ok = st->widPresent;
    return st->wid;
}

int64_t fmt_state_precision(FmtState *st, bool *ok) {
    *ok = st->precPresent;
    return st->prec;
}

bool fmt_state_flag(FmtState *st, int64_t c) {
    switch (c) {
    case '-': return st->minus;
    case '+': return st->plus || st->plusV;
    case '#': return st->sharp || st->sharpV;
    case ' ': return st->space;
    case '0': return st->zero;
    default: return false;
    }
}

/* Calls m on value v: 0 ok (*out), 1 panicked (*msg). */
static int call_method(const MethodEntry *m, Val v, GoString *out, GoString *msg) {
    uint64_t data = val_box(v.t, v.p);
    out->ptr = NULL; out->len = 0;
    msg->ptr = NULL; msg->len = 0;
    return fmt_invoke_string_method(m->fn, data, out, msg);
}

/* ================================ fmt (format.go) ================================ */

static void writePadding(PP *p, int n) {
    if (n <= 0) return;
    char c = p->zero ? '0' : ' ';
    for (int i = 0; i < n; i++) sb_putc(p->buf, c);
}

static void pad(PP *p, const char *s, size_t n) {
    if (!p->widPresent || p->wid == 0) {
        sbput(p->buf, s, n);
        return;
    }
    int width = p->wid - (int)utf8_rune_count((const uint8_t *)s, n);
    if (!p->minus) {
        writePadding(p, width);
        sbput(p->buf, s, n);
    } else {
        sbput(p->buf, s, n);
        writePadding(p, width);
    }
}

static void padString(PP *p, const char *s) { pad(p, s, strlen(s)); }

static void fmtBoolean(PP *p, bool v) { padString(p, v ? "true" : "false"); }

static void fmtUnicode(PP *p, uint64_t u) {
    int prec = 4;
    if (p->precPresent && p->prec > 4) prec = p->prec;
    size_t cap = (size_t)(2 + prec + 2 + 4 + 1 + 68);
    char small[128];
    char *buf = cap <= sizeof small ? small : malloc(cap);
    if (!buf) return;
    size_t i = cap;
    if (p->sharp && u <= UTF8_MAX_RUNE && strconv_is_print((int32_t)u)) {
        buf[--i] = '\'';
        uint8_t tmp[4];
        int w = utf8_encode(tmp, (int32_t)u);
        i -= (size_t)w;
        memcpy(buf + i, tmp, (size_t)w);
        buf[--i] = '\'';
        buf[--i] = ' ';
    }
    while (u >= 16) {
        buf[--i] = udigits[u & 0xF];
        prec--;
        u >>= 4;
    }
    buf[--i] = udigits[u];
    prec--;
    while (prec > 0) {
        buf[--i] = '0';
        prec--;
    }
    buf[--i] = '+';
    buf[--i] = 'U';
    bool oldZero = p->zero;
    p->zero = false;
    pad(p, buf + i, cap - i);
    p->zero = oldZero;
    if (buf != small) free(buf);
}

static void fmtInteger(PP *p, uint64_t u, int base, bool isSigned, int32_t verb, const char *digits) {
    bool negative = isSigned && (int64_t)u < 0;
    if (negative) u = -u;
    size_t cap = 68;
    if (p->widPresent || p->precPresent) {
        size_t width = 3 + (size_t)p->wid + (size_t)p->prec;
        if (width > cap) cap = width;
    }
    char small[128];
    char *buf = cap <= sizeof small ? small : malloc(cap);
    if (!buf) return;
    int prec = 0;
    if (p->precPresent) {
        prec = p->prec;
        if (prec == 0 && u == 0) {
            bool oldZero = p->zero;
            p->zero = false;
            writePadding(p, p->wid);
            p->zero = oldZero;
            if (buf != small) free(buf);
            return;
        }
    } else if (p->zero && p->widPresent) {
        prec = p->wid;
        if (negative || p->plus || p->space) prec--;
    }
    size_t i = cap;
    switch (base) {
    case 10:
        while (u >= 10) {
            uint64_t next = u / 10;
            buf[--i] = (char)('0' + u - next * 10);
            u = next;
        }
        break;
    case 16:
        while (u >= 16) {
            buf[--i] = digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            buf[--i] = (char)('0' + (u & 7));
            u >>= 3;
        }
        break;
    case 2:
        while (u >= 2) {
            buf[--i] = (char)('0' + (u & 1));
            u >>= 1;
        }
        break;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > (int)(cap - i)) buf[--i] = '0';
    if (p->sharp) {
        switch (base) {
        case 2:
            buf[--i] = 'b';
            buf[--i] = '0';
            break;
        case 8:
            if (buf[i] != '0') buf[--i] = '0';
            break;
        case 16:
            buf[--i] = digits[16];
            buf[--i] = '0';
            break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative) buf[--i] = '-';
    else if (p->plus) buf[--i] = '+';
    else if (p->space) buf[--i] = ' ';
    bool oldZero = p->zero;
    p->zero = false;
    pad(p, buf + i, cap - i);
    p->zero = oldZero;
    if (buf != small) free(buf);
}

/* Byte length of the first p->prec runes of s (truncate / truncateString). */
static size_t truncate_len(PP *p, const uint8_t *s, size_t n) {
    if (!p->precPresent) return n;
    int k = p->prec;
    size_t i = 0;
    while (i < n) {
        k--;
        if (k < 0) return i;
        int w = 1;
        if (s[i] >= UTF8_RUNE_SELF) {
            int32_t r;
            w = utf8_decode(s + i, n - i, &r);
        }
        i += (size_t)w;
    }
    return n;
}

static void fmtS(PP *p, const uint8_t *s, size_t n) { pad(p, (const char *)s, truncate_len(p, s, n)); }

/* fmtSbx: hex of a string or byte slice (b_present distinguishes a nil slice from "") */
static void fmtSbx(PP *p, const uint8_t *s, size_t length, const char *digits) {
    if (p->precPresent && p->prec < (int)length) length = (size_t)p->prec;
    int width = 2 * (int)length;
    if (width > 0) {
        if (p->space) {
            if (p->sharp) width *= 2;
            width += (int)length - 1;
        } else if (p->sharp) {
            width += 2;
        }
    } else {
        if (p->widPresent) writePadding(p, p->wid);
        return;
    }
    if (p->widPresent && p->wid > width && !p->minus) writePadding(p, p->wid - width);
    StrBuf *b = p->buf;
    if (p->sharp) {
        sb_putc(b, '0');
        sb_putc(b, digits[16]);
    }
    for (size_t i = 0; i < length; i++) {
        if (p->space && i > 0) {
            sb_putc(b, ' ');
            if (p->sharp) {
                sb_putc(b, '0');
                sb_putc(b, digits[16]);
            }
        }
        uint8_t c = s[i];
        sb_putc(b, digits[c >> 4]);
        sb_putc(b, digits[c & 0xF]);
    }
    if (p->widPresent && p->wid > width && p->minus) writePadding(p, p->wid - width);
}

static void fmtQ(PP *p, const uint8_t *s, size_t n) {
    n = truncate_len(p, s, n);
    STACK_SB(q, 128);
    if (p->sharp && strconv_can_backquote(s, n)) {
        sb_putc(&q, '`');
        sbput(&q, (const char *)s, n);
        sb_putc(&q, '`');
    } else {
        strconv_quote(&q, s, n, '"', p->plus, false);
    }
    pad(p, sb_cstr(&q), q.len);
}

static void fmtC(PP *p, uint64_t c) {
    int32_t r = c > UTF8_MAX_RUNE ? UTF8_RUNE_ERROR : (int32_t)c;
    uint8_t tmp[4];
    int w = utf8_encode(tmp, r);
    pad(p, (const char *)tmp, (size_t)w);
}

static void fmtQc(PP *p, uint64_t c) {
    int32_t r = c > UTF8_MAX_RUNE ? UTF8_RUNE_ERROR : (int32_t)c;
    STACK_SB(q, 128);
    strconv_quote_rune(&q, r, p->plus, false);
    pad(p, sb_cstr(&q), q.len);
}

static void fmtFloat_(PP *p, double v, int size, int32_t verb, int prec) {
    if (p->precPresent) prec = p->prec;
    STACK_SB(nb, 128);
    STACK_SB(r, 128); /* the %#-adjusted copy; must outlive the block that fills it */
    sb_putc(&nb, '+');
    strconv_format_float(&nb, v, (char)verb, prec, size);
    char *num = nb.data;
    size_t len = nb.len;
    if (num[1] == '-' || num[1] == '+') {
        num++;
        len--;
    } else {
        num[0] = '+';
    }
    if (p->space && num[0] == '+' && !p->plus) num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
        bool oldZero = p->zero;
        p->zero = false;
        if (num[1] == 'N' && !p->space && !p->plus) {
            num++;
            len--;
        }
        pad(p, num, len);
        p->zero = oldZero;
        return;
    }
    if (p->sharp && verb != 'b') {
        int digits = 0;
        switch (verb) {
        case 'v': case 'g': case 'G': case 'x':
            digits = prec;
            if (digits == -1) digits = 6;
            break;
        }
        char tail[16];
        size_t tlen = 0;
        bool hasDecimalPoint = false, sawNonzeroDigit = false;
        for (size_t i = 1; i < len; i++) {
            switch (num[i]) {
            case '.':
                hasDecimalPoint = true;
                break;
            case 'p': case 'P':
                tlen = len - i < sizeof tail ? len - i : sizeof tail;
                memcpy(tail, num + i, tlen);
                len = i;
                break;
            case 'e': case 'E':
                if (verb != 'x' && verb != 'X') {
                    tlen = len - i < sizeof tail ? len - i : sizeof tail;
                    memcpy(tail, num + i, tlen);
                    len = i;
                    break;
                }
                /* fallthrough */
            default:
                if (num[i] != '0') sawNonzeroDigit = true;
                if (sawNonzeroDigit) digits--;
                break;
            }
        }
        sbput(&r, num, len);
        if (!hasDecimalPoint) {
            if (len == 2 && num[1] == '0') digits--;
            sb_putc(&r, '.');
        }
        while (digits > 0) {
            sb_putc(&r, '0');
            digits--;
        }
        sbput(&r, tail, tlen);
        num = r.data;
        len = r.len;
    }
    if (p->plus || num[0] != '+') {
        if (p->zero && p->widPresent && p->wid > (int)len) {
            sb_putc(p->buf, num[0]);
            writePadding(p, p->wid - (int)len);
            sbput(p->buf, num + 1, len - 1);
            return;
        }
        pad(p, num, len);
        return;
    }
    pad(p, num + 1, len - 1);
}

/* ================================ pp (print.go) ================================ */

static void printValueAt0(PP *p, Val v, int32_t verb) { printValue(p, v, verb, 0); }

static void badVerb(PP *p, int32_t verb) {
    p->erroring = true;
    sb_puts(p->buf, "%!");
    put_rune(p->buf, verb);
    sb_putc(p->buf, '(');
    if (p->arg.t) {
        sb_puts(p->buf, type_rstring(p->arg.t));
        sb_putc(p->buf, '=');
        printArg(p, p->arg, 'v');
    } else if (p->value.t) {
        sb_puts(p->buf, type_rstring(p->value.t));
        sb_putc(p->buf, '=');
        printValueAt0(p, p->value, 'v');
    } else {
        sb_puts(p->buf, "<nil>");
    }
    sb_putc(p->buf, ')');
    p->erroring = false;
}

static void fmtBool(PP *p, bool v, int32_t verb) {
    if (verb == 't' || verb == 'v') fmtBoolean(p, v);
    else badVerb(p, verb);
}

static void fmt0x64(PP *p, uint64_t v, bool leading0x) {
    bool sharp = p->sharp;
    p->sharp = leading0x;
    fmtInteger(p, v, 16, false, 'v', ldigits);
    p->sharp = sharp;
}

static void pfmtInteger(PP *p, uint64_t v, bool isSigned, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->sharpV && !isSigned) fmt0x64(p, v, true);
        else fmtInteger(p, v, 10, isSigned, verb, ldigits);
        break;
    case 'd': fmtInteger(p, v, 10, isSigned, verb, ldigits); break;
    case 'b': fmtInteger(p, v, 2, isSigned, verb, ldigits); break;
    case 'o': case 'O': fmtInteger(p, v, 8, isSigned, verb, ldigits); break;
    case 'x': fmtInteger(p, v, 16, isSigned, verb, ldigits); break;
    case 'X': fmtInteger(p, v, 16, isSigned, verb, udigits); break;
    case 'c': fmtC(p, v); break;
    case 'q': fmtQc(p, v); break;
    case 'U': fmtUnicode(p, v); break;
    default: badVerb(p, verb); break;
    }
}

static void pfmtFloat(PP *p, double v, int size, int32_t verb) {
    switch (verb) {
    case 'v': fmtFloat_(p, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmtFloat_(p, v, size, verb, -1); break;
    case 'f': case 'e': case 'E': fmtFloat_(p, v, size, verb, 6); break;
    case 'F': fmtFloat_(p, v, size, 'f', 6); break;
    default: badVerb(p, verb); break;
    }
}

static void pfmtComplex(PP *p, double re, double im, int size, int32_t verb) {
    switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e':
    case 'E': {
        bool oldPlus = p->plus;
        sb_putc(p->buf, '(');
        pfmtFloat(p, re, size / 2, verb);
        p->plus = true;
        pfmtFloat(p, im, size / 2, verb);
        sb_puts(p->buf, "i)");
        p->plus = oldPlus;
        break;
    }
    default:
        badVerb(p, verb);
    }
}

static void pfmtString(PP *p, const uint8_t *s, size_t n, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->sharpV) fmtQ(p, s, n);
        else fmtS(p, s, n);
        break;
    case 's': fmtS(p, s, n); break;
    case 'x': fmtSbx(p, s, n, ldigits); break;
    case 'X': fmtSbx(p, s, n, udigits); break;
    case 'q': fmtQ(p, s, n); break;
    default: badVerb(p, verb); break;
    }
}

/* fmtBytes for []byte operands and byte arrays/slices under %s %q %x %X. isnil: a nil
 * slice (printed as "[]byte(nil)" under %#v). */
static void pfmtBytes(PP *p, const uint8_t *v, size_t n, bool isnil, int32_t verb,
                      const char *typeString, Val orig) {
    switch (verb) {
    case 'v': case 'd':
        if (p->sharpV) {
            sb_puts(p->buf, typeString);
            if (isnil) {
                sb_puts(p->buf, "(nil)");
                return;
            }
            sb_putc(p->buf, '{');
            for (size_t i = 0; i < n; i++) {
                if (i > 0) sb_puts(p->buf, ", ");
                fmt0x64(p, v[i], true);
            }
            sb_putc(p->buf, '}');
        } else {
            sb_putc(p->buf, '[');
            for (size_t i = 0; i < n; i++) {
                if (i > 0) sb_putc(p->buf, ' ');
                fmtInteger(p, v[i], 10, false, verb, ldigits);
            }
            sb_putc(p->buf, ']');
        }
        break;
    case 's': fmtS(p, v, n); break;
    case 'x': fmtSbx(p, v, n, ldigits); break;
    case 'X': fmtSbx(p, v, n, udigits); break;
    case 'q': fmtQ(p, v, n); break;
    default: printValue(p, orig, verb, 0); break;
    }
}

/* The machine word fmt shows for pointer-like values; false if v has no pointer. */
static bool pointer_word(Val v, uint64_t *u) {
    switch (ukind(v.t)) {
    case TY_CHAN: case TY_FUNC: case TY_MAP: case TY_POINTER: case TY_UNSAFEPTR:
        *u = ld_u64(v.p);
        return true;
    case TY_SLICE:
        *u = (uint64_t)(uintptr_t)((const GoSlice *)v.p)->ptr;
        return true;
    default:
        return false;
    }
}

static void fmtPointer(PP *p, Val value, int32_t verb) {
    uint64_t u;
    if (!pointer_word(value, &u)) {
        badVerb(p, verb);
        return;
    }
    switch (verb) {
    case 'v':
        if (p->sharpV) {
            sb_putc(p->buf, '(');
            sb_puts(p->buf, type_rstring(value.t));
            sb_puts(p->buf, ")(");
            if (u == 0) sb_puts(p->buf, "nil");
            else fmt0x64(p, u, true);
            sb_putc(p->buf, ')');
        } else {
            if (u == 0) padString(p, "<nil>");
            else fmt0x64(p, u, !p->sharp);
        }
        break;
    case 'p': fmt0x64(p, u, !p->sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X': pfmtInteger(p, u, false, verb); break;
    default: badVerb(p, verb); break;
    }
}

/* catchPanic: the method panicked with message msg. */
static void catchPanic(PP *p, Val arg, int32_t verb, const char *method, GoString msg) {
    if (arg.t && ukind(arg.t) == TY_POINTER && ld_u64(arg.p) == 0) {
        sb_puts(p->buf, "<nil>");
        return;
    }
    Flags old = save_flags(p);
    clear_flags(p);
    sb_puts(p->buf, "%!");
    put_rune(p->buf, verb);
    sb_puts(p->buf, "(PANIC=");
    sb_puts(p->buf, method);
    sb_puts(p->buf, " method: ");
    p->panicking = true;
    sbput(p->buf, (const char *)msg.ptr, (size_t)msg.len);
    p->panicking = false;
    sb_putc(p->buf, ')');
    restore_flags(p, old);
}

static bool handleMethods(PP *p, int32_t verb) {
    if (p->erroring) return false;
    Val arg = p->arg;
    if (verb == 'w') {
        const MethodEntry *e = fmt_string_method(arg.t, "Error");
        if (!e || !p->wrapErrs) {
            badVerb(p, verb);
            return true;
        }
        verb = 'v';
    }
    if (!arg.t || !arg.t->mtab) return false;
    GoString out, msg;
    if (fmt_invoke_format_method) {
        const MethodEntry *f = format_method(arg.t);
        if (f) {
            msg.ptr = NULL;
            msg.len = 0;
            if (fmt_invoke_format_method(f->fn, val_box(arg.t, arg.p), p, verb, &msg))
                catchPanic(p, arg, verb, "Format", msg);
            return true;
        }
    }
    if (!fmt_invoke_string_method) return false;
    if (p->sharpV) {
        const MethodEntry *m = fmt_string_method(arg.t, "GoString");
        if (!m) return false;
        if (call_method(m, arg, &out, &msg)) catchPanic(p, arg, verb, "GoString", msg);
        else fmtS(p, out.ptr, (size_t)out.len);
        return true;
    }
    switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q': {
        const char *name = "Error";
        const MethodEntry *m = fmt_string_method(arg.t, name);
        if (!m) {
            name = "String";
            m = fmt_string_method(arg.t, name);
        }
        if (!m) return false;
        if (call_method(m, arg, &out, &msg)) catchPanic(p, arg, verb, name, msg);
        else pfmtString(p, out.ptr, (size_t)out.len, verb);
        return true;
    }
    }
    return false;
}

static void printArg(PP *p, Val arg, int32_t verb) {
    p->arg = arg;
    p->value = (Val){0};
    if (!arg.t) {
        if (verb == 'T' || verb == 'v') padString(p, "<nil>");
        else badVerb(p, verb);
        return;
    }
    if (verb == 'T') {
        const char *s = type_rstring(arg.t);
        fmtS(p, (const uint8_t *)s, strlen(s));
        return;
    }
    if (verb == 'p') {
        fmtPointer(p, arg, 'p');
        return;
    }
    /* predeclared types (their kind is the basic kind itself) have no methods */
    Type *t = arg.t;
    switch (t->kind) {
    case TY_BOOL: fmtBool(p, ld_intk(TY_BOOL, arg.p) != 0, verb); return;
    case TY_FLOAT32: pfmtFloat(p, ld_f64(arg.p), 32, verb); return;
    case TY_FLOAT64: pfmtFloat(p, ld_f64(arg.p), 64, verb); return;
    case TY_COMPLEX64:
        pfmtComplex(p, ld_f64(arg.p), ld_f64((const char *)arg.p + 8), 64, verb);
        return;
    case TY_COMPLEX128:
        pfmtComplex(p, ld_f64(arg.p), ld_f64((const char *)arg.p + 8), 128, verb);
        return;
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
        pfmtInteger(p, ld_intk(t->kind, arg.p), true, verb);
        return;
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
        pfmtInteger(p, ld_intk(t->kind, arg.p), false, verb);
        return;
    case TY_STRING: {
        const GoString *s = arg.p;
        pfmtString(p, s->ptr, (size_t)s->len, verb);
        return;
    }
    case TY_SLICE:
        if (t->elem == ty_uint8) {
            const GoSlice *s = arg.p;
            pfmtBytes(p, s->ptr, (size_t)s->len, s->ptr == NULL, verb, "[]byte", arg);
            return;
        }
        break;
    default:
        break;
    }
    if (!handleMethods(p, verb)) printValue(p, arg, verb, 0);
}

/* ---- maps: fmtsort ---- */

typedef struct KV {
    Val k, v;
} KV;

static int fcmp(double a, double b) {
    if (a < b) return -1;
    if (a > b) return 1;
    if (a == b) return 0;
    if (a != a) return b != b ? 0 : -1; /* NaN sorts first */
    return 1;
}

static int cmp_u(uint64_t a, uint64_t b) { return a < b ? -1 : a > b ? 1 : 0; }

/* fmtsort orders interface keys of different dynamic types by the address of their type
 * descriptors, which gc's linker lays out by symbol size, then (mostly) by name. Estimate
 * the descriptor size the way gc's reflectdata builds it, then order by type string: this
 * reproduces gc's order for basic types (alphabetical: bool < float64 < int < int64 < int8 <
 * string ...), arrays and most structs. */
static int64_t gc_rtype_size(Type *t) {
    Type *u = t->u;
    int64_t n;
    switch (u->kind) {
    case TY_POINTER: case TY_SLICE: n = 56; break;
    case TY_CHAN: n = 64; break;
    case TY_ARRAY: n = 72; break;
    case TY_MAP: n = 88; break;
    case TY_FUNC: n = 56 + 8 * (u->nparams + u->nresults); break;
    case TY_INTERFACE: n = 80 + 8 * u->nimethods; break;
    case TY_STRUCT: n = 80 + 24 * u->nfields; break;
    default: n = 48; break;
    }
    bool named = t->kind == TY_NAMED || (t->kind >= TY_BOOL && t->kind <= TY_UNSAFEPTR);
    int nm = t->mtab ? t->mtab->n : 0;
    if (named || nm) n += 16 + 16 * nm;
    return n;
}

static int type_order(Type *a, Type *b) {
    int64_t sa = gc_rtype_size(a), sb = gc_rtype_size(b);
    if (sa != sb) return sa < sb ? -1 : 1;
    int c = strcmp(type_rstring(a), type_rstring(b));
    if (c) return c < 0 ? -1 : 1;
    return a->id < b->id ? -1 : a->id > b->id ? 1 : 0;
}

/* internal/fmtsort.compare */
static int sort_compare(Type *t, const void *a, const void *b) {
    switch (ukind(t)) {
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: {
        int64_t x = (int64_t)ld_intk(ukind(t), a), y = (int64_t)ld_intk(ukind(t), b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
    case TY_POINTER: case TY_UNSAFEPTR: case TY_CHAN:
        return cmp_u(ld_u64(a), ld_u64(b));
    case TY_STRING:
        return gostr_cmp(*(const GoString *)a, *(const GoString *)b);
    case TY_FLOAT32: case TY_FLOAT64:
        return fcmp(ld_f64(a), ld_f64(b));
    case TY_COMPLEX64: case TY_COMPLEX128: {
        int c = fcmp(ld_f64(a), ld_f64(b));
        if (c) return c;
        return fcmp(ld_f64((const char *)a + 8), ld_f64((const char *)b + 8));
    }
    case TY_BOOL: {
        bool x = ld_intk(TY_BOOL, a) != 0, y = ld_intk(TY_BOOL, b) != 0;
        return x == y ? 0 : x ? 1 : -1;
    }
    case TY_STRUCT: {
        Type *u = t->u;
        for (int i = 0; i < u->nfields; i++) {
            Field *f = &u->fields[i];
            int c = sort_compare(f->type, (const char *)a + f->offset, (const char *)b + f->offset);
            if (c) return c;
        }
        return 0;
    }
    case TY_ARRAY: {
        Type *e = t->u->elem;
        int64_t es = e->esize;
        for (int64_t i = 0; i < t->u->len; i++) {
            uint64_t x[2] = {0}, y[2] = {0};
            const void *pa = (const char *)a + i * es, *pb = (const char *)b + i * es;
            if (es != e->size) {
                val_load_elem(e, pa, x);
                val_load_elem(e, pb, y);
                pa = x;
                pb = y;
            }
            int c = sort_compare(e, pa, pb);
            if (c) return c;
        }
        return 0;
    }
    case TY_INTERFACE: {
        const GoIface *x = a, *y = b;
        if (!x->type) return y->type ? -1 : 0;
        if (!y->type) return 1;
        if (x->type != y->type) return type_order(x->type, y->type);
        return sort_compare(x->type, val_unbox_ptr(x->type, &x->data),
                            val_unbox_ptr(y->type, &y->data));
    }
    default:
        return 0;
    }
}

/* stable merge sort of map entries by key */
static void sort_kvs(KV *a, KV *tmp, size_t n, Type *kt) {
    if (n < 2) return;
    if (n <= 8) {
        for (size_t i = 1; i < n; i++) {
            KV x = a[i];
            size_t j = i;
            while (j > 0 && sort_compare(kt, x.k.p, a[j - 1].k.p) < 0) {
                a[j] = a[j - 1];
                j--;
            }
            a[j] = x;
        }
        return;
    }
    size_t h = n / 2;
    sort_kvs(a, tmp, h, kt);
    sort_kvs(a + h, tmp, n - h, kt);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        if (sort_compare(kt, a[j].k.p, a[i].k.p) < 0) tmp[k++] = a[j++];
        else tmp[k++] = a[i++];
    }
    while (i < h) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof(KV));
}

static void printMap(PP *p, Val f, int32_t verb, int depth) {
    GoMap *m = *(GoMap *const *)f.p;
    if (p->sharpV) {
        sb_puts(p->buf, type_rstring(f.t));
        if (!m) {
            sb_puts(p->buf, "(nil)");
            return;
        }
        sb_putc(p->buf, '{');
    } else {
        sb_puts(p->buf, "map[");
    }
    Type *kt = f.t->u->key, *vt = f.t->u->elem;
    int64_t n = map_len(m);
    if (n > 0) {
        KV *kvs = mem_alloc(sizeof(KV) * (size_t)n);
        int64_t cnt = 0;
        MapIter it;
        map_iter_init(m, &it);
        void *k, *v;
        while (cnt < n && map_iter_next(&it, &k, &v)) {
            /* copy: a String method could modify the map while we print */
            void *kc = val_alloc(kt, kt->size ? kt->size : 8);
            void *vc = val_alloc(vt, vt->size ? vt->size : 8);
            memcpy(kc, k, (size_t)kt->size);
            memcpy(vc, v, (size_t)vt->size);
            kvs[cnt].k = (Val){kt, kc, f.ro};
            kvs[cnt].v = (Val){vt, vc, f.ro};
            cnt++;
        }
        KV *tmp = mem_alloc(sizeof(KV) * (size_t)cnt + 1);
        sort_kvs(kvs, tmp, (size_t)cnt, kt);
        for (int64_t i = 0; i < cnt; i++) {
            if (i > 0) {
                if (p->sharpV) sb_puts(p->buf, ", ");
                else sb_putc(p->buf, ' ');
            }
            printValue(p, kvs[i].k, verb, depth + 1);
            sb_putc(p->buf, ':');
            printValue(p, kvs[i].v, verb, depth + 1);
        }
    }
    sb_putc(p->buf, p->sharpV ? '}' : ']');
}

static void printValue(PP *p, Val value, int32_t verb, int depth) {
    if (depth > MAX_DEPTH) {
        sb_puts(p->buf, "...");
        return;
    }
    if (depth > 0 && value.t && !value.ro) {
        p->arg = as_interface(value);
        if (handleMethods(p, verb)) return;
    }
    p->arg = (Val){0};
    p->value = value;
    if (!value.t) {
        if (depth == 0) {
            sb_puts(p->buf, "<invalid reflect.Value>");
        } else if (verb == 'v') {
            sb_puts(p->buf, "<nil>");
        } else {
            badVerb(p, verb);
        }
        return;
    }
    Type *t = value.t, *u = t->u;
    const void *vp = value.p;
    switch (u->kind) {
    case TY_BOOL: fmtBool(p, ld_intk(TY_BOOL, vp) != 0, verb); break;
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
        pfmtInteger(p, ld_intk(u->kind, vp), true, verb);
        break;
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
        pfmtInteger(p, ld_intk(u->kind, vp), false, verb);
        break;
    case TY_FLOAT32: pfmtFloat(p, ld_f64(vp), 32, verb); break;
    case TY_FLOAT64: pfmtFloat(p, ld_f64(vp), 64, verb); break;
    case TY_COMPLEX64: pfmtComplex(p, ld_f64(vp), ld_f64((const char *)vp + 8), 64, verb); break;
    case TY_COMPLEX128: pfmtComplex(p, ld_f64(vp), ld_f64((const char *)vp + 8), 128, verb); break;
    case TY_STRING: {
        const GoString *s = vp;
        pfmtString(p, s->ptr, (size_t)s->len, verb);
        break;
    }
    case TY_MAP:
        printMap(p, value, verb, depth);
        break;
    case TY_STRUCT:
        if (p->sharpV) sb_puts(p->buf, type_rstring(t));
        sb_putc(p->buf, '{');
        for (int i = 0; i < u->nfields; i++) {
            Field *fl = &u->fields[i];
            if (i > 0) {
                if (p->sharpV) sb_puts(p->buf, ", ");
                else sb_putc(p->buf, ' ');
            }
            if (p->plusV || p->sharpV) {
                if (fl->name && fl->name[0]) {
                    sb_puts(p->buf, fl->name);
                    sb_putc(p->buf, ':');
                }
            }
            Val fv = {fl->type, (const char *)vp + fl->offset, value.ro || !fl->exported};
            if (ukind(fl->type) == TY_INTERFACE && ((const GoIface *)fv.p)->type)
                fv = iface_elem(fv.p, fv.ro); /* getField */
            printValue(p, fv, verb, depth + 1);
        }
        sb_putc(p->buf, '}');
        break;
    case TY_INTERFACE: {
        Val e = iface_elem(vp, value.ro);
        if (!e.t) {
            if (p->sharpV) {
                sb_puts(p->buf, type_rstring(t));
                sb_puts(p->buf, "(nil)");
            } else {
                sb_puts(p->buf, "<nil>");
            }
        } else {
            printValue(p, e, verb, depth + 1);
        }
        break;
    }
    case TY_ARRAY: case TY_SLICE: {
        Type *et = u->elem;
        const uint8_t *base;
        int64_t n;
        bool isnil = false;
        if (u->kind == TY_SLICE) {
            const GoSlice *s = vp;
            base = s->ptr;
            n = s->len;
            isnil = s->ptr == NULL;
        } else {
            base = vp;
            n = u->len;
        }
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && ukind(et) == TY_UINT8) {
            pfmtBytes(p, base, (size_t)n, isnil, verb, type_rstring(t), value);
            return;
        }
        int64_t es = et->esize;
        if (p->sharpV) {
            sb_puts(p->buf, type_rstring(t));
            if (u->kind == TY_SLICE && isnil) {
                sb_puts(p->buf, "(nil)");
                return;
            }
            sb_putc(p->buf, '{');
        } else {
            sb_putc(p->buf, '[');
        }
        for (int64_t i = 0; i < n; i++) {
            if (i > 0) {
                if (p->sharpV) sb_puts(p->buf, ", ");
                else sb_putc(p->buf, ' ');
            }
            uint64_t tmp[2];
            const void *ep = base + i * es;
            if (es != et->size) {
                val_load_elem(et, ep, tmp);
                ep = tmp;
            }
            printValue(p, (Val){et, ep, value.ro}, verb, depth + 1);
        }
        sb_putc(p->buf, p->sharpV ? '}' : ']');
        break;
    }
    case TY_POINTER: {
        const void *ptr = (const void *)(uintptr_t)ld_u64(vp);
        if (depth == 0 && ptr) {
            Type *et = u->elem;
            switch (ukind(et)) {
            case TY_ARRAY: case TY_SLICE: case TY_STRUCT: case TY_MAP:
                sb_putc(p->buf, '&');
                printValue(p, (Val){et, ptr, value.ro}, verb, depth + 1);
                return;
            default:
                break;
            }
        }
        fmtPointer(p, value, verb);
        break;
    }
    case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
        fmtPointer(p, value, verb);
        break;
    default:
        sb_putc(p->buf, '?');
        sb_puts(p->buf, type_rstring(t));
        sb_putc(p->buf, '?');
        break;
    }
}

/* ================================ Printf ================================ */

static bool tooLarge(int64_t x) { return x > 1000000 || x < -1000000; }

/* parsenum: *num and returns whether a number was present; *newi past it. */
static bool parsenum(const uint8_t *s, int start, int end, int *num, int *newi) {
    *num = 0;
    if (start >= end) {
        *newi = end;
        return false;
    }
    bool isnum = false;
    int n = 0, i;
    for (i = start; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
        if (tooLarge(n)) {
            *num = 0;
            *newi = end;
            return false;
        }
        n = n * 10 + (s[i] - '0');
        isnum = true;
    }
    *num = n;
    *newi = i;
    return isnum;
}

static bool intFromArg(GoIface *a, int nargs, int *argNum, int *num) {
    bool isInt = false;
    *num = 0;
    if (*argNum < nargs) {
        GoIface *x = &a[*argNum];
        if (x->type) {
            TypeKind k = ukind(x->type);
            const void *vp = val_unbox_ptr(x->type, &x->data);
            if (is_signed_kind(k)) {
                *num = (int)ld_i64(vp);
                isInt = (int64_t)*num == ld_i64(vp);
            } else if (is_unsigned_kind(k)) {
                uint64_t v = ld_u64(vp);
                if ((int64_t)v >= 0 && v <= 0x7fffffff) {
                    *num = (int)v;
                    isInt = true;
                }
            }
        }
        (*argNum)++;
        if (tooLarge(*num)) {
            *num = 0;
            isInt = false;
        }
    }
    return isInt;
}

/* parseArgNumber: format[0] == '['. */
static void parseArgNumber(const uint8_t *f, int len, int *index, int *wid, bool *ok) {
    *index = 0;
    *wid = 1;
    *ok = false;
    if (len < 3) return;
    for (int i = 1; i < len; i++) {
        if (f[i] == ']') {
            int width, newi;
            bool isnum = parsenum(f, 1, i, &width, &newi);
            if (!isnum || newi != i) {
                *wid = i + 1;
                return;
            }
            *index = width - 1;
            *wid = i + 1;
            *ok = true;
            return;
        }
    }
}

/* argNumber: returns found; updates *argNum and *i. */
static bool argNumber(PP *p, int *argNum, const uint8_t *format, int end, int *i, int numArgs) {
    if (end <= *i || format[*i] != '[') return false;
    p->reordered = true;
    int index, wid;
    bool ok;
    parseArgNumber(format + *i, end - *i, &index, &wid, &ok);
    if (ok && 0 <= index && index < numArgs) {
        *argNum = index;
        *i += wid;
        return true;
    }
    p->goodArgNum = false;
    *i += wid;
    return ok;
}

static Val arg_val(GoIface *a) { return iface_elem(a, false); }

static void doPrintf(PP *p, const uint8_t *format, int end, GoIface *a, int nargs) {
    int argNum = 0;
    bool afterIndex = false;
    p->reordered = false;
    int i = 0;
    while (i < end) {
        p->goodArgNum = true;
        int lasti = i;
        while (i < end && format[i] != '%') i++;
        if (i > lasti) sbput(p->buf, (const char *)format + lasti, (size_t)(i - lasti));
        if (i >= end) break;
        i++;
        clear_flags(p);
        bool simple_done = false;
        for (; i < end; i++) {
            uint8_t c = format[i];
            bool flag = true;
            switch (c) {
            case '#': p->sharp = true; break;
            case '0': p->zero = !p->minus; break;
            case '+': p->plus = true; break;
            case '-': p->minus = true; p->zero = false; break;
            case ' ': p->space = true; break;
            default: flag = false; break;
            }
            if (flag) continue;
            if ('a' <= c && c <= 'z' && argNum < nargs) {
                if (c == 'w') vec_push(&p->wrapped, argNum);
                if (c == 'v' || c == 'w') {
                    p->sharpV = p->sharp;
                    p->sharp = false;
                    p->plusV = p->plus;
                    p->plus = false;
                }
                printArg(p, arg_val(&a[argNum]), c);
                argNum++;
                i++;
                simple_done = true;
            }
            break;
        }
        if (simple_done) continue;

        afterIndex = argNumber(p, &argNum, format, end, &i, nargs);

        if (i < end && format[i] == '*') {
            i++;
            p->widPresent = intFromArg(a, nargs, &argNum, &p->wid);
            if (!p->widPresent) sb_puts(p->buf, "%!(BADWIDTH)");
            if (p->wid < 0) {
                p->wid = -p->wid;
                p->minus = true;
                p->zero = false;
            }
            afterIndex = false;
        } else {
            p->widPresent = parsenum(format, i, end, &p->wid, &i);
            if (afterIndex && p->widPresent) p->goodArgNum = false;
        }

        if (i + 1 < end && format[i] == '.') {
            i++;
            if (afterIndex) p->goodArgNum = false;
            afterIndex = argNumber(p, &argNum, format, end, &i, nargs);
            if (i < end && format[i] == '*') {
                i++;
                p->precPresent = intFromArg(a, nargs, &argNum, &p->prec);
                if (p->prec < 0) {
                    p->prec = 0;
                    p->precPresent = false;
                }
                if (!p->precPresent) sb_puts(p->buf, "%!(BADPREC)");
                afterIndex = false;
            } else {
                p->precPresent = parsenum(format, i, end, &p->prec, &i);
                if (!p->precPresent) {
                    p->prec = 0;
                    p->precPresent = true;
                }
            }
        }

        if (!afterIndex) afterIndex = argNumber(p, &argNum, format, end, &i, nargs);

        if (i >= end) {
            sb_puts(p->buf, "%!(NOVERB)");
            break;
        }

        int32_t verb = format[i];
        int size = 1;
        if (verb >= UTF8_RUNE_SELF) size = utf8_decode(format + i, (size_t)(end - i), &verb);
        i += size;

        if (verb == '%') {
            sb_putc(p->buf, '%');
        } else if (!p->goodArgNum) {
            sb_puts(p->buf, "%!");
            put_rune(p->buf, verb);
            sb_puts(p->buf, "(BADINDEX)");
        } else if (argNum >= nargs) {
            sb_puts(p->buf, "%!");
            put_rune(p->buf, verb);
            sb_puts(p->buf, "(MISSING)");
        } else {
            if (verb == 'w') vec_push(&p->wrapped, argNum);
            if (verb == 'v' || verb == 'w') {
                p->sharpV = p->sharp;
                p->sharp = false;
                p->plusV = p->plus;
                p->plus = false;
            }
            printArg(p, arg_val(&a[argNum]), verb);
            argNum++;
        }
    }

    if (!p->reordered && argNum < nargs) {
        clear_flags(p);
        sb_puts(p->buf, "%!(EXTRA ");
        for (int k = argNum; k < nargs; k++) {
            if (k > argNum) sb_puts(p->buf, ", ");
            if (!a[k].type) {
                sb_puts(p->buf, "<nil>");
            } else {
                sb_puts(p->buf, type_rstring(a[k].type));
                sb_putc(p->buf, '=');
                printArg(p, arg_val(&a[k]), 'v');
            }
        }
        sb_putc(p->buf, ')');
    }
}

/* Go recycles printers through a sync.Pool, so a new printer starts with the wid/prec of
 * the last one freed on this P (visible to Format methods as Width()/Precision() with
 * ok == false). Emulated per thread: a private slot plus a small LIFO, as sync.Pool's Put
 * and Get use them. */
typedef struct PoolSlot {
    int wid, prec;
} PoolSlot;
static _Thread_local struct {
    bool has_private;
    PoolSlot private_;
    int nshared;
    PoolSlot shared[8];
} pp_pool;

static void pp_init(PP *p, StrBuf *out) {
    memset(p, 0, sizeof *p);
    p->buf = out;
    if (pp_pool.has_private) {
        p->wid = pp_pool.private_.wid;
        p->prec = pp_pool.private_.prec;
        pp_pool.has_private = false;
    } else if (pp_pool.nshared > 0) {
        PoolSlot s = pp_pool.shared[--pp_pool.nshared];
        p->wid = s.wid;
        p->prec = s.prec;
    }
}

static void pp_free(PP *p) {
    PoolSlot s = {p->wid, p->prec};
    if (!pp_pool.has_private) {
        pp_pool.private_ = s;
        pp_pool.has_private = true;
    } else if (pp_pool.nshared < 8) {
        pp_pool.shared[pp_pool.nshared++] = s;
    }
}

void fmt_sprintf(StrBuf *out, const uint8_t *format, size_t flen, GoIface *args, int nargs) {
    PP p;
    pp_init(&p, out);
    doPrintf(&p, format, (int)flen, args, nargs);
    pp_free(&p);
}

int fmt_errorf(StrBuf *out, const uint8_t *format, size_t flen, GoIface *args, int nargs,
               int **wrapped, int *nwrapped) {
    PP p;
    pp_init(&p, out);
    p.wrapErrs = true;
    doPrintf(&p, format, (int)flen, args, nargs);
    pp_free(&p);
    int nw = p.wrapped.len;
    *wrapped = NULL;
    *nwrapped = 0;
    if (nw == 0) return 0;
    if (nw == 1) {
        *wrapped = p.wrapped.items;
        *nwrapped = 1;
        return 1;
    }
    /* wrapErrors: sorted when reordered, adjacent duplicates dropped, errors only */
    int *w = p.wrapped.items;
    if (p.reordered) {
        for (int i = 1; i < nw; i++) {
            int x = w[i], j = i;
            while (j > 0 && w[j - 1] > x) {
                w[j] = w[j - 1];
                j--;
            }
            w[j] = x;
        }
    }
    int n = 0;
    int *res = mem_alloc_atomic(sizeof(int) * (size_t)nw);
    for (int i = 0; i < nw; i++) {
        if (i > 0 && w[i - 1] == w[i]) continue;
        if (!args[w[i]].type || !fmt_string_method(args[w[i]].type, "Error")) continue;
        res[n++] = w[i];
    }
    *wrapped = n ? res : NULL;
    *nwrapped = n;
    return nw;
}

void fmt_sprint(StrBuf *out, GoIface *args, int nargs) {
    PP p;
    pp_init(&p, out);
    bool prevString = false;
    for (int i = 0; i < nargs; i++) {
        bool isString = args[i].type && ukind(args[i].type) == TY_STRING;
        if (i > 0 && !isString && !prevString) sb_putc(out, ' ');
        clear_flags(&p);
        printArg(&p, arg_val(&args[i]), 'v');
        prevString = isString;
    }
    pp_free(&p);
}

void fmt_sprintln(StrBuf *out, GoIface *args, int nargs) {
    PP p;
    pp_init(&p, out);
    for (int i = 0; i < nargs; i++) {
        if (i > 0) sb_putc(out, ' ');
        clear_flags(&p);
        printArg(&p, arg_val(&args[i]), 'v');
    }
    sb_putc(out, '\n');
    pp_free(&p);
}

/* ================================ runtime printing ================================ */

/* runtime.printfloat: "+d.dddddde+ddd" computed the way gc does (same float operations). */
static void rt_printfloat(StrBuf *out, double v) {
    if (v != v) {
        sb_puts(out, "NaN");
        return;
    }
    if (v + v == v && v > 0) {
        sb_puts(out, "+Inf");
        return;
    }
    if (v + v == v && v < 0) {
        sb_puts(out, "-Inf");
        return;
    }
    enum { N = 7 };
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (signbit(v)) buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < N; i++) h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < N; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= (double)s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[N + 3] = '-';
    }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)((e / 10) % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    sbput(out, buf, sizeof buf);
}

static void rt_printhex(StrBuf *out, uint64_t v) {
    char buf[24];
    int i = (int)sizeof buf;
    do {
        buf[--i] = "0123456789abcdef"[v % 16];
        v /= 16;
    } while (v);
    buf[--i] = 'x';
    buf[--i] = '0';
    sbput(out, buf + i, sizeof buf - (size_t)i);
}

static void rt_printcomplex(StrBuf *out, double re, double im) {
    sb_putc(out, '(');
    rt_printfloat(out, re);
    rt_printfloat(out, im);
    sb_puts(out, "i)");
}

/* Print one value of type t at vp the way gc's print builtin does; false if t has no
 * runtime print form. */
static bool rt_print_value(StrBuf *out, Type *t, const void *vp) {
    switch (ukind(t)) {
    case TY_BOOL: sb_puts(out, ld_intk(TY_BOOL, vp) ? "true" : "false"); return true;
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
        strconv_format_int(out, (int64_t)ld_intk(ukind(t), vp), 10);
        return true;
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
        strconv_format_uint(out, ld_intk(ukind(t), vp), 10);
        return true;
    case TY_FLOAT32: case TY_FLOAT64: rt_printfloat(out, ld_f64(vp)); return true;
    case TY_COMPLEX64: case TY_COMPLEX128:
        rt_printcomplex(out, ld_f64(vp), ld_f64((const char *)vp + 8));
        return true;
    case TY_STRING: {
        const GoString *s = vp;
        sbput(out, (const char *)s->ptr, (size_t)s->len);
        return true;
    }
    case TY_POINTER: case TY_CHAN: case TY_MAP: case TY_FUNC: case TY_UNSAFEPTR:
        rt_printhex(out, ld_u64(vp));
        return true;
    case TY_SLICE: {
        const GoSlice *s = vp;
        sb_putc(out, '[');
        strconv_format_int(out, s->len, 10);
        sb_putc(out, '/');
        strconv_format_int(out, s->cap, 10);
        sb_putc(out, ']');
        rt_printhex(out, (uint64_t)(uintptr_t)s->ptr);
        return true;
    }
    case TY_INTERFACE: {
        const GoIface *x = vp;
        sb_putc(out, '(');
        rt_printhex(out, (uint64_t)(uintptr_t)x->type);
        sb_putc(out, ',');
        rt_printhex(out, x->data);
        sb_putc(out, ')');
        return true;
    }
    default:
        return false;
    }
}

void fmt_builtin_print(StrBuf *out, GoIface *args, int n, bool ln) {
    for (int i = 0; i < n; i++) {
        if (ln && i > 0) sb_putc(out, ' ');
        Type *t = args[i].type;
        if (!t) {
            sb_puts(out, "nil");
            continue;
        }
        if (!rt_print_value(out, t, val_unbox_ptr(t, &args[i].data))) {
            sb_putc(out, '(');
            sb_puts(out, type_rstring(t));
            sb_puts(out, ") ");
            rt_printhex(out, args[i].data);
        }
    }
    if (ln) sb_putc(out, '\n');
}

void fmt_panic_value(StrBuf *out, GoIface v) {
    Type *t = v.type;
    if (!t) {
        sb_puts(out, "nil");
        return;
    }
    const void *vp = val_unbox_ptr(t, &v.data);
    /* preprintpanics: errors and Stringers print as their method's text */
    if (t->mtab && fmt_invoke_string_method) {
        const MethodEntry *m = fmt_string_method(t, "Error");
        if (!m) m = fmt_string_method(t, "String");
        if (m) {
            GoString s, msg;
            if (fmt_invoke_string_method(m->fn, v.data, &s, &msg) == 0) {
                sbput(out, (const char *)s.ptr, (size_t)s.len);
            } else {
                sb_puts(out, "panic while printing panic value: ");
                sbput(out, (const char *)msg.ptr, (size_t)msg.len);
            }
            return;
        }
    }
    /* printany: predeclared types print plainly */
    if (t->kind >= TY_BOOL && t->kind <= TY_STRING) {
        rt_print_value(out, t, vp);
        return;
    }
    /* printanycustomtype */
    const char *ts = type_rstring(t);
    switch (ukind(t)) {
    case TY_STRING: {
        const GoString *s = vp;
        sb_puts(out, ts);
        sb_puts(out, "(\"");
        sbput(out, (const char *)s->ptr, (size_t)s->len);
        sb_puts(out, "\")");
        return;
    }
    case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64:
    case TY_UINTPTR: case TY_FLOAT32: case TY_FLOAT64:
        sb_puts(out, ts);
        sb_putc(out, '(');
        rt_print_value(out, t, vp);
        sb_putc(out, ')');
        return;
    case TY_COMPLEX64: case TY_COMPLEX128:
        sb_puts(out, ts);
        rt_print_value(out, t, vp);
        return;
    default:
        sb_putc(out, '(');
        sb_puts(out, ts);
        sb_puts(out, ") ");
        rt_printhex(out, t->size == 8 ? v.data : (uint64_t)(uintptr_t)vp);
        return;
    }
}
