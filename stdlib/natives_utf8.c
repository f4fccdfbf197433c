/* natives_utf8.c — natives of unicode/utf8 (decoding, counting, validation; see utf8.h). */
#include "natives_util.h"
#include "utf8.h"

static int u_full_rune(G *g, Word *a) {
    GoSlice p = nu_slice(a);
    a[0].u = utf8_full_rune(p.ptr, (size_t)p.len);
    return NAT_OK;
}

static int u_full_rune_str(G *g, Word *a) {
    GoString s = nu_str(a);
    a[0].u = utf8_full_rune(s.ptr, (size_t)s.len);
    return NAT_OK;
}

/* DecodeRune and DecodeRuneInString: the bytes are at a[0].p, length a[1]. */
static int u_decode(G *g, Word *a) {
    int32_t r;
    int w = utf8_decode(a[0].p, (size_t)a[1].i, &r);
    a[0].i = r;
    a[1].i = w;
    return NAT_OK;
}

static int u_decode_last(G *g, Word *a) {
    int32_t r;
    int w = utf8_decode_last(a[0].p, (size_t)a[1].i, &r);
    a[0].i = r;
    a[1].i = w;
    return NAT_OK;
}

static int u_count(G *g, Word *a) {
    a[0].i = utf8_rune_count(a[0].p, (size_t)a[1].i);
    return NAT_OK;
}

static int u_valid(G *g, Word *a) {
    a[0].u = utf8_valid(a[0].p, (size_t)a[1].i);
    return NAT_OK;
}

const NativeEntry natives_utf8[] = {
    {"unicode/utf8.FullRune", u_full_rune},
    {"unicode/utf8.FullRuneInString", u_full_rune_str},
    {"unicode/utf8.DecodeRune", u_decode},
    {"unicode/utf8.DecodeRuneInString", u_decode},
    {"unicode/utf8.DecodeLastRune", u_decode_last},
    {"unicode/utf8.DecodeLastRuneInString", u_decode_last},
    {"unicode/utf8.RuneCount", u_count},
    {"unicode/utf8.RuneCountInString", u_count},
    {"unicode/utf8.Valid", u_valid},
    {"unicode/utf8.ValidString", u_valid},
    {NULL, NULL},
};
