/* natives_scan.c — natives of fmt's scanning functions (stdlib/fmt/scan.go).
 *
 * - Number parsing with strconv's semantics and *NumError texts (fmt does not import
 *   strconv): scanParseInt/Uint/Float return the value and the error text ("" on success).
 * - Stores through pointers to named basic types (gc uses reflect for them): scanArgKind
 *   classifies the operand, scanSet* store through it with the layout of compiler/types.h.
 * - Reading a file descriptor one byte at a time. gc reads os.Stdin one byte per read(2)
 *   because fmt cannot push bytes back into it, so whatever the scan did not consume is
 *   still there for the next reader. For a regular file the same observable result comes
 *   from reading ahead with pread(2) (which leaves the file offset alone) and setting the
 *   offset after the bytes handed out when the scan call ends (scanFdEnd): two lseek calls
 *   per scan call instead of one read per byte, none for standard input in a program without
 *   package os (fmt is then its only reader: the offset is written back at exit). Other files
 *   (pipes, terminals) are read one byte per read(2), releasing the P while blocked.
 *   Read-ahead caches are kept for the last few descriptors scanned, guarded by a mutex.
 * - os.Stdin and strconv's error values, found in the program's packages by name at run time
 *   (fmt imports neither package).
 * - Reuse of scan states between calls.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "natives_util.h"
#include "strconv_core.h"
#include "../compiler/check.h"
#include "../compiler/gen.h"
#include "../runtime/sched.h"
#include "../vm/rtpanic.h"

/* ---- the program's packages (looked up by name at run time) ---- */

/* The field of struct type st named name, or NULL. */
static const Field *find_field(Type *st, const char *name) {
    if (!st || st->kind != TY_STRUCT) return NULL;
    for (int i = 0; i < st->nfields; i++)
        if (strcmp(st->fields[i].name, name) == 0) return &st->fields[i];
    return NULL;
}

/* The checked package with import path path, or NULL when the program does not contain it. */
static Package *find_pkg(const char *path) {
    int np = 0;
    Package **pk = check_all_packages(&np);
    for (int i = 0; i < np; i++)
        if (strcmp(pk[i]->pkg->path, path) == 0) return pk[i];
    return NULL;
}

/* The package-level variable name of p, or NULL. */
static Object *pkg_var(Package *p, const char *name) {
    for (int j = 0; p && j < p->globals.len; j++)
        if (strcmp(p->globals.items[j]->name, name) == 0) return p->globals.items[j];
    return NULL;
}

/* ---- numbers ---- */

static void ret_err(Word *a, const char *fn, const uint8_t *s, size_t n, StrconvErr e, int arg) {
    StrBuf b;
    sb_init(&b);
    strconv_num_error(&b, fn, s, n, e, arg);
    nu_ret_sb(a, &b);
}

/* scanParseInt(tok string, base int) (v int64, errText string, code int):
 * strconv.ParseInt(tok, base, 64); on failure errText is the *NumError's text and code the
 * StrconvErr. */
static int scan_parse_int(G *g, Word *a) {
    GoString s = nu_str(a);
    int base = (int)a[2].i;
    int64_t v = 0;
    StrconvErr e = strconv_parse_int(s.ptr, (size_t)s.len, base, 64, &v);
    a[0].i = v;
    if (e) ret_err(a + 1, "ParseInt", s.ptr, (size_t)s.len, e, e == SC_ERR_BASE ? base : 64);
    else nu_ret_str(a + 1, NULL, 0);
    a[3].i = e;
    return NAT_OK;
}

/* scanParseUint(tok string, base int) (v uint64, errText string, code int):
 * strconv.ParseUint(tok, base, 64). */
static int scan_parse_uint(G *g, Word *a) {
    GoString s = nu_str(a);
    int base = (int)a[2].i;
    uint64_t v = 0;
    StrconvErr e = strconv_parse_uint(s.ptr, (size_t)s.len, base, 64, &v);
    a[0].u = v;
    if (e) ret_err(a + 1, "ParseUint", s.ptr, (size_t)s.len, e, e == SC_ERR_BASE ? base : 64);
    else nu_ret_str(a + 1, NULL, 0);
    a[3].i = e;
    return NAT_OK;
}

/* Go's math.Ldexp (frac * 2**exp with one correctly rounded step for subnormal results). */
static double go_ldexp(double frac, int64_t exp) {
    if (frac == 0 || isinf(frac) || isnan(frac)) return frac;
    /* normalize: frac = f * 2**e with f in [0.5, 1) */
    int e;
    frac = frexp(frac, &e);
    exp += e;
    uint64_t x;
    memcpy(&x, &frac, 8);
    exp += (int64_t)((x >> 52) & 0x7ff) - 1023;
    if (exp < -1075) return copysign(0, frac);
    if (exp > 1023) return frac < 0 ? -INFINITY : INFINITY;
    double m = 1;
    if (exp < -1022) {
        exp += 53;
        m = 1.0 / (double)(1ULL << 53);
    }
    x &= ~((uint64_t)0x7ff << 52);
    x |= (uint64_t)(exp + 1023) << 52;
    double r;
    memcpy(&r, &x, 8);
    return m * r;
}

/* scanParseFloat(tok string, bits int) (v float64, errText string, code int, atoi bool):
 * fmt's convertFloat. A 'p' exponent without a hex prefix is fmt's decimal mantissa times a
 * power of two (1.5p3 == 12); its errors name the whole token, from strconv.ParseFloat or
 * (atoi) strconv.Atoi. */
static int scan_parse_float(G *g, Word *a) {
    GoString s = nu_str(a);
    int bits = a[2].i == 32 ? 32 : 64;
    const uint8_t *p = s.ptr;
    size_t n = (size_t)s.len;
    bool hasx = false;
    size_t pi = n;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == 'x' || p[i] == 'X') hasx = true;
        if (p[i] == 'p' && pi == n) pi = i;
    }
    double v = 0;
    StrconvErr e;
    a[4].i = 0;
    if (pi < n && !hasx) {
        e = strconv_parse_float(p, pi, bits, &v);
        if (!e) {
            int64_t m = 0;
            e = strconv_atoi(p + pi + 1, n - pi - 1, &m);
            if (e) {
                a[0].f = 0;
                ret_err(a + 1, "Atoi", p, n, e, 0);
                a[3].i = e;
                a[4].i = 1;
                return NAT_OK;
            }
            v = go_ldexp(v, m);
        }
    } else {
        e = strconv_parse_float(p, n, bits, &v);
    }
    a[0].f = v;
    if (e) ret_err(a + 1, "ParseFloat", p, n, e, bits);
    else nu_ret_str(a + 1, NULL, 0);
    a[3].i = e;
    return NAT_OK;
}

/* scanUnquote(s string) (string, bool): strconv.Unquote. */
static int scan_unquote(G *g, Word *a) {
    GoString s = nu_str(a);
    StrBuf b;
    sb_init(&b);
    StrconvErr e = strconv_unquote(&b, s.ptr, (size_t)s.len);
    if (e) {
        nu_ret_str(a, NULL, 0);
        a[2].i = 0;
    } else {
        nu_ret_sb(a, &b);
        a[2].i = 1;
    }
    return NAT_OK;
}

/* scanStrconvError(fn, num string, code int) any: when package strconv is in the program, the
 * error gc's fmt returns: strconv.ErrSyntax itself (code 0, strconv.Unquote's error), or a
 * *strconv.NumError{fn, num, ErrSyntax or ErrRange} (code SC_ERR_SYNTAX or SC_ERR_RANGE), so
 * that errors.Is and %T see what they see in gc. nil otherwise (fmt then returns an error with
 * the same text). */
static int scan_strconv_error(G *g, Word *a) {
    static Type *numerr_ptr;
    static GoIface *errsyntax, *errrange;
    GoString fn = nu_str(a), num = nu_str(a + 2);
    int code = (int)a[4].i;
    a[0].p = NULL;
    a[1].p = NULL;
    if (!errsyntax) {
        Package *p = find_pkg("strconv");
        Object *os = pkg_var(p, "ErrSyntax"), *orng = pkg_var(p, "ErrRange");
        if (!os || !orng) return NAT_OK;
        for (int i = 0; i < p->named_types.len; i++) {
            Type *t = p->named_types.items[i];
            if (strcmp(t->name, "NumError") == 0) numerr_ptr = t->ptrto;
        }
        errrange = gen_global_addr(orng);
        errsyntax = gen_global_addr(os);
    }
    GoIface *reason = code == SC_ERR_RANGE ? errrange : errsyntax;
    if (code == 0) {
        a[0].p = reason->type;
        a[1].u = reason->data;
        return NAT_OK;
    }
    /* the method table of *NumError exists when the program makes one an error */
    if (!numerr_ptr || !numerr_ptr->mtab) return NAT_OK;
    Type *st = numerr_ptr->elem->u;
    const Field *ffn = find_field(st, "Func"), *fnum = find_field(st, "Num"),
                *ferr = find_field(st, "Err");
    if (!ffn || !fnum || !ferr) return NAT_OK;
    uint8_t *e = val_alloc(numerr_ptr->elem, numerr_ptr->elem->size);
    GoString *sf = (GoString *)(e + ffn->offset), *sn = (GoString *)(e + fnum->offset);
    *sf = fn;
    *sn = num;
    *(GoIface *)(e + ferr->offset) = *reason;
    a[0].p = numerr_ptr;
    a[1].p = e;
    return NAT_OK;
}

/* ---- operands ---- */

/* scanArgKind's kinds (ak* in scan.go). */
enum { AK_NOTPTR = 0, AK_BOOL, AK_INT, AK_UINT, AK_STRING, AK_FLOAT, AK_NAMEDFLOAT, AK_OTHER };

/* scanArgKind(arg any) (kind, bits int): what a pointer operand points to, by underlying
 * type (bits: the integer or float size). gc handles pointers to named types by reflect, which
 * cannot scan through a nil pointer ("can't scan type": AK_OTHER); a nil pointer to a
 * predeclared type is scanned, then the store panics. */
static int scan_arg_kind(G *g, Word *a) {
    Type *t = a[0].p;
    int kind = AK_NOTPTR, bits = 0;
    if (t && t->u->kind == TY_POINTER) {
        Type *elem = t->u->elem;
        Type *e = elem->u;
        bool named = elem->kind == TY_NAMED;
        kind = AK_OTHER;
        if (!a[1].p && named) e = NULL;
        switch (e ? e->kind : TY_INVALID) {
        case TY_BOOL: kind = AK_BOOL; break;
        case TY_INT: case TY_INT64: kind = AK_INT; bits = 64; break;
        case TY_INT8: kind = AK_INT; bits = 8; break;
        case TY_INT16: kind = AK_INT; bits = 16; break;
        case TY_INT32: kind = AK_INT; bits = 32; break;
        case TY_UINT: case TY_UINT64: case TY_UINTPTR: kind = AK_UINT; bits = 64; break;
        case TY_UINT8: kind = AK_UINT; bits = 8; break;
        case TY_UINT16: kind = AK_UINT; bits = 16; break;
        case TY_UINT32: kind = AK_UINT; bits = 32; break;
        case TY_FLOAT32: kind = named ? AK_NAMEDFLOAT : AK_FLOAT; bits = 32; break;
        case TY_FLOAT64: kind = named ? AK_NAMEDFLOAT : AK_FLOAT; bits = 64; break;
        case TY_STRING: kind = AK_STRING; break;
        case TY_SLICE:
            if (e->elem->u->kind == TY_UINT8) kind = AK_STRING;
            break;
        default: break;
        }
    }
    a[0].i = kind;
    a[1].i = bits;
    return NAT_OK;
}

/* The pointee of a pointer operand (arg's data word is the pointer), and its underlying kind. */
static void *arg_ptr(Word *a, TypeKind *k) {
    Type *t = a[0].p;
    *k = t->u->elem->u->kind;
    return a[1].p;
}

static int nil_ptr(void) {
    rt_panic_runtime_error("invalid memory address or nil pointer dereference");
    return NAT_PANIC;
}

/* scanSetInt(arg any, v int64) / scanSetUint(arg any, v uint64): *arg = v (narrow integer
 * types are stored in their own width, as the compiler stores through pointers). */
static int scan_set_int(G *g, Word *a) {
    TypeKind k;
    void *p = arg_ptr(a, &k);
    if (!p) return nil_ptr();
    uint64_t v = a[2].u;
    switch (k) {
    case TY_INT8: case TY_UINT8: *(uint8_t *)p = (uint8_t)v; break;
    case TY_INT16: case TY_UINT16: *(uint16_t *)p = (uint16_t)v; break;
    case TY_INT32: case TY_UINT32: *(uint32_t *)p = (uint32_t)v; break;
    default: *(uint64_t *)p = v; break;
    }
    return NAT_OK;
}

/* scanSetBool(arg any, v bool) */
static int scan_set_bool(G *g, Word *a) {
    TypeKind k;
    void *p = arg_ptr(a, &k);
    if (!p) return nil_ptr();
    *(uint8_t *)p = a[2].i ? 1 : 0;
    return NAT_OK;
}

/* scanSetFloat(arg any, v float64): a float32 is rounded and kept as the double of its value
 * (the word layout of float32 variables). */
static int scan_set_float(G *g, Word *a) {
    TypeKind k;
    void *p = arg_ptr(a, &k);
    if (!p) return nil_ptr();
    double v = a[2].f;
    if (k == TY_FLOAT32) v = (double)(float)v;
    *(double *)p = v;
    return NAT_OK;
}

/* scanSetString(arg any, s string): *arg = s, or for a byte-slice type a fresh copy. */
static int scan_set_string(G *g, Word *a) {
    TypeKind k;
    void *p = arg_ptr(a, &k);
    if (!p) return nil_ptr();
    GoString s = nu_str(a + 2);
    Word *d = p;
    if (k == TY_SLICE) {
        void *q = s.len ? mem_alloc_atomic((size_t)s.len) : mem_alloc_atomic(1);
        if (s.len) memcpy(q, s.ptr, (size_t)s.len);
        d[0].p = q;
        d[1].i = s.len;
        d[2].i = s.len;
    } else {
        d[0].p = (void *)s.ptr;
        d[1].i = s.len;
    }
    return NAT_OK;
}

/* ---- standard input ---- */

/* scanStdin() (f any, kind int, fd int, name string): os.Stdin's current value, so that a
 * program that reassigns os.Stdin scans its new value. kind (stdin* in scan.go):
 * 0 package os is not in the program; 1 f is os.Stdin (its type has a method table);
 * otherwise, read from its fields: 2 open on descriptor fd, 3 nil, 4 closed (name: the file
 * name). A *os.File has no method table when the program never converts one to an interface:
 * the method table is built at compile time, where conversions appear. */
static int scan_stdin(G *g, Word *a) {
    static Object *obj;
    static void *addr;
    if (!addr) {
        obj = pkg_var(find_pkg("os"), "Stdin");
        if (obj) addr = gen_global_addr(obj);
    }
    a[0].p = NULL;
    a[1].p = NULL;
    a[2].i = 0;
    a[3].i = 0;
    nu_ret_str(a + 4, NULL, 0);
    if (!addr) return NAT_OK;
    Type *t = obj->type;
    uint8_t *f = *(uint8_t **)addr;
    if (t->mtab) {
        a[0].p = t;
        a[1].p = f;
        a[2].i = 1;
        return NAT_OK;
    }
    if (!f) {
        a[2].i = 3;
        return NAT_OK;
    }
    Type *st = t->kind == TY_POINTER ? t->elem->u : NULL;
    const Field *ffd = find_field(st, "fd"), *fname = find_field(st, "name"),
                *fclosed = find_field(st, "closed");
    a[2].i = 2;
    if (ffd) a[3].i = *(int64_t *)(f + ffd->offset);
    if (fname) {
        a[4].p = *(void **)(f + fname->offset);
        a[5].i = *(int64_t *)(f + fname->offset + 8);
    }
    if (fclosed && *(uint8_t *)(f + fclosed->offset)) a[2].i = 4;
    return NAT_OK;
}

/* scanIsFile(r any) bool: r's dynamic type is *os.File. */
static int scan_is_file(G *g, Word *a) {
    Type *t = a[0].p;
    bool yes = false;
    if (t && t->kind == TY_POINTER) {
        Type *e = t->elem;
        yes = e->kind == TY_NAMED && e->pkg && strcmp(e->pkg->path, "os") == 0 &&
              e->name && strcmp(e->name, "File") == 0;
    }
    a[0].i = yes;
    return NAT_OK;
}

/* ---- reading a descriptor ---- */

#define FDC_SIZE 65536
#define FDC_N 4

/* Read-ahead caches, one per descriptor (the FDC_N most recently scanned). data[0:len)
 * holds the file's bytes from offset base; Go is handed data[pos:len) as an immutable string
 * (a refill allocates a new buffer) and reports at the end of the call how much of it it did
 * not consume. A cache is valid while its descriptor names the same file (device, inode)
 * and the file offset at the start of a call lies inside it. */
typedef struct FdCache {
    int fd;               /* -1: unused */
    dev_t dev;
    ino_t ino;
    int64_t base;         /* file offset of data[0] */
    uint8_t *data;        /* GC memory (found by the collector through the static array) */
    size_t len, pos;      /* valid bytes; start of the chunk handed out */
    int64_t start;        /* file offset when the current call began */
    int64_t end;          /* file offset where the last call left it (-1: none) */
    uint64_t used;        /* last use (for replacement) */
    bool lazy;            /* the file offset is set at exit only (fdc_sync_at_exit) */
    bool active;          /* a call is in cache mode: the offset is set at its end */
} FdCache;

static pthread_mutex_t fdc_mu = PTHREAD_MUTEX_INITIALIZER;
static FdCache fdcs[FDC_N] = {{.fd = -1, .end = -1}, {.fd = -1, .end = -1},
                              {.fd = -1, .end = -1}, {.fd = -1, .end = -1}};
static uint64_t fdc_clock;

/* Bytes handed out one at a time for descriptors read with read(2): byte_strs[c] == c (set
 * when first handed out; every write stores the same value). */
static uint8_t byte_strs[256];

/* The cache of fd, or NULL. Called with fdc_mu held. */
static FdCache *fdc_find(int fd) {
    for (int i = 0; i < FDC_N; i++)
        if (fdcs[i].fd == fd) return &fdcs[i];
    return NULL;
}

static void ret_chunk(Word *a, FdCache *c) {
    nu_ret_str(a, c->data + c->pos, (int64_t)(c->len - c->pos));
}

/* Lazy mode (standard input of a program without package os, where fmt is its only reader):
 * the file offset is not kept up to date during the run; the logical offset (end) is written
 * back when the process exits normally, for a parent that shares the descriptor. */
static void fdc_sync_at_exit(void) {
    for (int i = 0; i < FDC_N; i++)
        if (fdcs[i].lazy && fdcs[i].fd >= 0 && fdcs[i].end >= 0)
            lseek(fdcs[i].fd, (off_t)fdcs[i].end, SEEK_SET);
}

/* scanFdBegin(fd int, lazy bool) string: start a scan call reading fd; returns the bytes
 * already read ahead from the file offset on (possibly none), or "" for a file that is not
 * regular (read one byte at a time). */
static int scan_fd_begin(G *g, Word *a) {
    static bool atexit_done;
    int fd = (int)a[0].i;
    bool lazy = a[1].i != 0;
    struct stat st;
    pthread_mutex_lock(&fdc_mu);
    FdCache *c = fdc_find(fd);
    off_t off = -1;
    if (c) {
        c->active = false;
        if (c->lazy && c->end >= 0) {
            if (lazy) {
                off = (off_t)c->end;
            } else {
                /* package os appeared (REPL): from now on keep the offset exact */
                lseek(fd, (off_t)c->end, SEEK_SET);
                c->lazy = false;
            }
        }
        /* Otherwise, the offset where the last call on this descriptor left it means the
         * same file, unread by anyone since (fstat is needed only otherwise). */
        if (off < 0) off = lseek(fd, 0, SEEK_CUR);
    }
    if (!c || off < 0 || off != c->end) {
        off = -1;
        if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) off = lseek(fd, 0, SEEK_CUR);
        if (off < 0) {
            if (c) c->fd = -1;
            pthread_mutex_unlock(&fdc_mu);
            nu_ret_str(a, NULL, 0);
            return NAT_OK;
        }
        if (!c) { /* replace the least recently used cache */
            c = &fdcs[0];
            for (int i = 1; i < FDC_N; i++)
                if (fdcs[i].used < c->used) c = &fdcs[i];
            c->fd = -1;
        }
        if (c->fd != fd || c->dev != st.st_dev || c->ino != st.st_ino || off < c->base ||
            off > c->base + (int64_t)c->len) {
            c->fd = fd;
            c->end = -1;
            c->dev = st.st_dev;
            c->ino = st.st_ino;
            c->base = off;
            c->data = NULL;
            c->len = 0;
        }
        c->lazy = lazy;
        if (lazy && !atexit_done) {
            atexit_done = true;
            atexit(fdc_sync_at_exit);
        }
    }
    c->pos = (size_t)(off - c->base);
    c->start = off;
    c->active = true;
    c->used = ++fdc_clock;
    ret_chunk(a, c);
    pthread_mutex_unlock(&fdc_mu);
    return NAT_OK;
}

/* scanFdMore(fd int) (chunk string, status int): the previous chunk is consumed; the next
 * bytes of the file. status 0: chunk is not empty; -1: end of file; -2: a read error (the
 * caller then reads through the io.Reader, which reports the error as the file does). */
static int scan_fd_more(G *g, Word *a) {
    int fd = (int)a[0].i;
    pthread_mutex_lock(&fdc_mu);
    FdCache *c = fdc_find(fd);
    if (c && c->active) {
        int64_t at = c->base + (int64_t)c->len;
        uint8_t *buf = mem_alloc_atomic(FDC_SIZE);
        ssize_t n;
        do n = pread(fd, buf, FDC_SIZE, (off_t)at);
        while (n < 0 && errno == EINTR);
        if (n < 0) {
            /* leave the offset after what was handed out; read normally from now on */
            lseek(fd, (off_t)at, SEEK_SET);
            c->fd = -1;
            c->lazy = false;
            c->active = false;
            pthread_mutex_unlock(&fdc_mu);
            nu_ret_str(a, NULL, 0);
            a[2].i = -2;
            return NAT_OK;
        }
        if (n > 0) {
            c->data = buf;
            c->base = at;
            c->len = (size_t)n;
        }
        c->pos = c->len - (size_t)n;
        ret_chunk(a, c);
        pthread_mutex_unlock(&fdc_mu);
        a[2].i = n > 0 ? 0 : -1;
        return NAT_OK;
    }
    pthread_mutex_unlock(&fdc_mu);
    uint8_t ch;
    ssize_t n;
    sched_enter_syscall();
    do n = read(fd, &ch, 1);
    while (n < 0 && errno == EINTR);
    sched_exit_syscall();
    if (n == 1) {
        byte_strs[ch] = ch;
        nu_ret_str(a, &byte_strs[ch], 1);
        a[2].i = 0;
    } else {
        nu_ret_str(a, NULL, 0);
        a[2].i = n == 0 ? -1 : -2;
    }
    return NAT_OK;
}

/* scanFdEnd(fd int, unread int): end of a scan call that left the last `unread` bytes of its
 * chunk unconsumed: the file offset goes after the bytes consumed. */
static int scan_fd_end(G *g, Word *a) {
    int fd = (int)a[0].i;
    int64_t unread = a[1].i;
    pthread_mutex_lock(&fdc_mu);
    FdCache *c = fdc_find(fd);
    if (c && c->active) {
        c->pos = c->len - (size_t)unread;
        int64_t off = c->base + (int64_t)c->pos;
        if (off != c->start && !c->lazy) lseek(fd, (off_t)off, SEEK_SET);
        c->end = off;
        c->active = false;
    }
    pthread_mutex_unlock(&fdc_mu);
    return NAT_OK;
}

/* scanReadFd(fd int, b []byte, name string, badfdEOF bool) (n int, errText string): read(2)
 * for fmt's fdFile; errText is the error as os.File.Read words it ("" if none). badfdEOF:
 * a closed descriptor reads as an empty file (gc's runtime opens /dev/null on a closed
 * descriptor 0 at start-up). */
static int scan_read_fd(G *g, Word *a) {
    int fd = (int)a[0].i;
    GoSlice b = nu_slice(a + 1);
    GoString name = nu_str(a + 4);
    bool badfd_eof = a[6].i != 0;
    ssize_t n;
    sched_enter_syscall();
    do n = read(fd, b.ptr, (size_t)b.len);
    while (n < 0 && errno == EINTR);
    int e = n < 0 ? errno : 0;
    sched_exit_syscall();
    if (e == EBADF && badfd_eof) n = 0, e = 0;
    a[0].i = n < 0 ? 0 : n;
    if (e) {
        StrBuf s;
        sb_init(&s);
        sb_puts(&s, "read ");
        sb_put(&s, (const char *)name.ptr, (size_t)name.len);
        sb_puts(&s, ": ");
        size_t at = s.len;
        sb_puts(&s, strerror(e));
        if (s.len > at) s.data[at] = (char)tolower((unsigned char)s.data[at]);
        nu_ret_sb(a + 1, &s);
    } else {
        nu_ret_str(a + 1, NULL, 0);
    }
    return NAT_OK;
}

/* ---- reuse of scan states ---- */

/* One freed *ss kept for the next call (gc keeps them in a sync.Pool); taken and put back
 * atomically, since goroutines scan on several threads. The collector sees it through this
 * static. */
static _Atomic(void *) ss_cache;

/* scanGetSS() *ss: the kept state, or nil. */
static int scan_get_ss(G *g, Word *a) {
    a[0].p = atomic_exchange(&ss_cache, NULL);
    return NAT_OK;
}

/* scanPutSS(s *ss) */
static int scan_put_ss(G *g, Word *a) {
    atomic_store(&ss_cache, a[0].p);
    return NAT_OK;
}

const NativeEntry natives_scan[] = {
    {"fmt.scanGetSS", scan_get_ss},
    {"fmt.scanPutSS", scan_put_ss},
    {"fmt.scanParseInt", scan_parse_int},
    {"fmt.scanParseUint", scan_parse_uint},
    {"fmt.scanParseFloat", scan_parse_float},
    {"fmt.scanUnquote", scan_unquote},
    {"fmt.scanStrconvError", scan_strconv_error},
    {"fmt.scanArgKind", scan_arg_kind},
    {"fmt.scanSetInt", scan_set_int},
    {"fmt.scanSetUint", scan_set_int},
    {"fmt.scanSetBool", scan_set_bool},
    {"fmt.scanSetFloat", scan_set_float},
    {"fmt.scanSetString", scan_set_string},
    {"fmt.scanStdin", scan_stdin},
    {"fmt.scanIsFile", scan_is_file},
    {"fmt.scanFdBegin", scan_fd_begin},
    {"fmt.scanFdMore", scan_fd_more},
    {"fmt.scanFdEnd", scan_fd_end},
    {"fmt.scanReadFd", scan_read_fd},
    {NULL, NULL},
};
