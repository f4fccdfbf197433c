/* natives_strconv.c — natives of package strconv over strconv_core.c. Parsers return the
 * value and a StrconvErr code; the Go side builds the *NumError. */
#include "natives_util.h"
#include "strconv_core.h"

static int c_parse_int(G *g, Word *a) {
    GoString s = nu_str(a);
    int64_t v = 0;
    StrconvErr e = strconv_parse_int(s.ptr, (size_t)s.len, (int)a[2].i, (int)a[3].i, &v);
    a[0].i = v;
    a[1].i = e;
    return NAT_OK;
}

static int c_parse_uint(G *g, Word *a) {
    GoString s = nu_str(a);
    uint64_t v = 0;
    StrconvErr e = strconv_parse_uint(s.ptr, (size_t)s.len, (int)a[2].i, (int)a[3].i, &v);
    a[0].u = v;
    a[1].i = e;
    return NAT_OK;
}

static int c_parse_float(G *g, Word *a) {
    GoString s = nu_str(a);
    double v = 0;
    int bits = a[2].i == 32 ? 32 : 64;
    StrconvErr e = strconv_parse_float(s.ptr, (size_t)s.len, bits, &v);
    a[0].f = v;
    a[1].i = e;
    return NAT_OK;
}

static int c_atoi(G *g, Word *a) {
    GoString s = nu_str(a);
    int64_t v = 0;
    StrconvErr e = strconv_atoi(s.ptr, (size_t)s.len, &v);
    a[0].i = v;
    a[1].i = e;
    return NAT_OK;
}

static int c_itoa(G *g, Word *a) {
    char buf[66];
    int64_t v = a[0].i;
    bool neg = v < 0;
    int n = strconv_fmt_uint_buf(buf, neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, 10, neg);
    nu_ret_strcopy(a, buf, (size_t)n);
    return NAT_OK;
}

static int c_format_int(G *g, Word *a) {
    char buf[66];
    int64_t v = a[0].i;
    bool neg = v < 0;
    int n = strconv_fmt_uint_buf(buf, neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, (int)a[1].i, neg);
    nu_ret_strcopy(a, buf, (size_t)n);
    return NAT_OK;
}

static int c_format_uint(G *g, Word *a) {
    char buf[66];
    int n = strconv_fmt_uint_buf(buf, a[0].u, (int)a[1].i, false);
    nu_ret_strcopy(a, buf, (size_t)n);
    return NAT_OK;
}

/* formatFloat(f float64, fmt byte, prec, bitSize int) string */
static int c_format_float(G *g, Word *a) {
    StrBuf b;
    sb_init(&b);
    strconv_format_float(&b, a[0].f, (char)a[1].u, (int)a[2].i, (int)a[3].i);
    nu_ret_sb(a, &b);
    return NAT_OK;
}

static int quote_common(Word *a, bool ascii, bool graphic) {
    GoString s = nu_str(a);
    StrBuf b;
    sb_init(&b);
    strconv_quote(&b, s.ptr, (size_t)s.len, '"', ascii, graphic);
    nu_ret_sb(a, &b);
    return NAT_OK;
}
static int c_quote(G *g, Word *a) { return quote_common(a, false, false); }
static int c_quote_ascii(G *g, Word *a) { return quote_common(a, true, false); }
static int c_quote_graphic(G *g, Word *a) { return quote_common(a, false, true); }

static int quote_rune_common(Word *a, bool ascii, bool graphic) {
    StrBuf b;
    sb_init(&b);
    strconv_quote_rune(&b, (int32_t)a[0].i, ascii, graphic);
    nu_ret_sb(a, &b);
    return NAT_OK;
}
static int c_quote_rune(G *g, Word *a) { return quote_rune_common(a, false, false); }
static int c_quote_rune_ascii(G *g, Word *a) { return quote_rune_common(a, true, false); }
static int c_quote_rune_graphic(G *g, Word *a) { return quote_rune_common(a, false, true); }

static int c_can_backquote(G *g, Word *a) {
    GoString s = nu_str(a);
    a[0].u = strconv_can_backquote(s.ptr, (size_t)s.len);
    return NAT_OK;
}

static int c_is_print(G *g, Word *a) {
    a[0].u = strconv_is_print((int32_t)a[0].i);
    return NAT_OK;
}

static int c_is_graphic(G *g, Word *a) {
    a[0].u = strconv_is_graphic((int32_t)a[0].i);
    return NAT_OK;
}

/* unquote(s string) (string, bool) */
static int c_unquote(G *g, Word *a) {
    GoString s = nu_str(a);
    StrBuf b;
    sb_init(&b);
    if (strconv_unquote(&b, s.ptr, (size_t)s.len) != SC_OK) {
        a[0].p = NULL;
        a[1].i = 0;
        a[2].u = 0;
        return NAT_OK;
    }
    nu_ret_sb(a, &b);
    a[2].u = 1;
    return NAT_OK;
}

/* unquoteChar(s string, quote byte) (value rune, multibyte bool, consumed int, ok bool) */
static int c_unquote_char(G *g, Word *a) {
    GoString s = nu_str(a);
    int32_t v;
    bool mb;
    size_t used;
    StrconvErr e = strconv_unquote_char(s.ptr, (size_t)s.len, (uint8_t)a[2].u, &v, &mb, &used);
    a[0].i = v;
    a[1].u = mb;
    a[2].i = (int64_t)used;
    a[3].u = e == SC_OK;
    return NAT_OK;
}

/* quotedPrefix(s string) (int, bool) */
static int c_quoted_prefix(G *g, Word *a) {
    GoString s = nu_str(a);
    size_t n = 0;
    StrconvErr e = strconv_quoted_prefix(s.ptr, (size_t)s.len, &n);
    a[0].i = (int64_t)n;
    a[1].u = e == SC_OK;
    return NAT_OK;
}

const NativeEntry natives_strconv[] = {
    {"strconv.parseInt", c_parse_int},
    {"strconv.parseUint", c_parse_uint},
    {"strconv.parseFloat", c_parse_float},
    {"strconv.atoi", c_atoi},
    {"strconv.formatInt", c_format_int},
    {"strconv.formatUint", c_format_uint},
    {"strconv.formatFloat", c_format_float},
    {"strconv.unquote", c_unquote},
    {"strconv.unquoteChar", c_unquote_char},
    {"strconv.quotedPrefix", c_quoted_prefix},
    {"strconv.Itoa", c_itoa},
    {"strconv.Quote", c_quote},
    {"strconv.QuoteToASCII", c_quote_ascii},
    {"strconv.QuoteToGraphic", c_quote_graphic},
    {"strconv.QuoteRune", c_quote_rune},
    {"strconv.QuoteRuneToASCII", c_quote_rune_ascii},
    {"strconv.QuoteRuneToGraphic", c_quote_rune_graphic},
    {"strconv.CanBackquote", c_can_backquote},
    {"strconv.IsPrint", c_is_print},
    {"strconv.IsGraphic", c_is_graphic},
    {NULL, NULL},
};
