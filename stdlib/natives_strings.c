/* natives_strings.c — natives of package strings: the searching, trimming, splitting and case
 * mapping primitives (algorithms in textops.c). Argument layouts: a string is 2 words
 * {ptr, len}, a []string 3 words whose elements are 16-byte strings. */
#include "natives_util.h"
#include "textops.h"

static int s_index(G *g, Word *a) {
    a[0].i = txt_index(a[0].p, a[1].i, a[2].p, a[3].i);
    return NAT_OK;
}

static int s_last_index(G *g, Word *a) {
    a[0].i = txt_last_index(a[0].p, a[1].i, a[2].p, a[3].i);
    return NAT_OK;
}

static int s_index_byte(G *g, Word *a) {
    a[0].i = txt_index_byte(a[0].p, a[1].i, (uint8_t)a[2].u);
    return NAT_OK;
}

static int s_last_index_byte(G *g, Word *a) {
    a[0].i = txt_last_index_byte(a[0].p, a[1].i, (uint8_t)a[2].u);
    return NAT_OK;
}

static int s_index_rune(G *g, Word *a) {
    a[0].i = txt_index_rune(a[0].p, a[1].i, (int32_t)a[2].i);
    return NAT_OK;
}

static int s_index_any(G *g, Word *a) {
    a[0].i = txt_index_any(a[0].p, a[1].i, a[2].p, a[3].i);
    return NAT_OK;
}

static int s_last_index_any(G *g, Word *a) {
    a[0].i = txt_last_index_any(a[0].p, a[1].i, a[2].p, a[3].i);
    return NAT_OK;
}

static int s_count(G *g, Word *a) {
    a[0].i = txt_count(a[0].p, a[1].i, a[2].p, a[3].i);
    return NAT_OK;
}

static int s_equal_fold(G *g, Word *a) {
    a[0].u = txt_equal_fold(a[0].p, a[1].i, a[2].p, a[3].i);
    return NAT_OK;
}

/* Trim(s, cutset) and friends: the result is a substring of s. */
static int trim_common(Word *a, bool left, bool right) {
    GoString s = nu_str(a), c = nu_str(a + 2);
    int64_t i, j;
    txt_trim(s.ptr, s.len, c.ptr, c.len, left, right, &i, &j);
    nu_ret_str(a, s.ptr + i, j - i);
    return NAT_OK;
}
static int s_trim(G *g, Word *a) { return trim_common(a, true, true); }
static int s_trim_left(G *g, Word *a) { return trim_common(a, true, false); }
static int s_trim_right(G *g, Word *a) { return trim_common(a, false, true); }

static int s_trim_space(G *g, Word *a) {
    GoString s = nu_str(a);
    int64_t i, j;
    txt_trim_space(s.ptr, s.len, &i, &j);
    nu_ret_str(a, s.ptr + i, j - i);
    return NAT_OK;
}

/* Fields(s) []string: substrings of s (nil-free: an empty result is an empty non-nil slice,
 * as gc's make([]string, 0)). */
static int s_fields(G *g, Word *a) {
    GoString s = nu_str(a);
    TxtSpan *sp;
    /* the spans become the strings in place: one pointerful array, not two */
    _Static_assert(sizeof(TxtSpan) == sizeof(GoString), "Fields converts spans in place");
    int64_t n = txt_fields(s.ptr, s.len, &sp, mem_alloc);
    GoString *v = n ? (GoString *)sp : mem_alloc(sizeof(GoString));
    for (int64_t k = 0; k < n; k++) {
        TxtSpan t = sp[k];
        v[k] = (GoString){s.ptr + t.start, t.end - t.start};
    }
    nu_ret_slice(a, v, n, n);
    return NAT_OK;
}

/* Join(elems []string, sep string) string */
static int s_join(G *g, Word *a) {
    GoSlice el = nu_slice(a);
    GoString sep = nu_str(a + 3);
    const GoString *e = el.ptr;
    if (el.len == 0) {
        nu_ret_str(a, NULL, 0);
        return NAT_OK;
    }
    if (el.len == 1) {
        nu_ret_str(a, e[0].ptr, e[0].len);
        return NAT_OK;
    }
    int64_t total = sep.len * (el.len - 1);
    for (int64_t k = 0; k < el.len; k++) total += e[k].len;
    uint8_t *p = total ? mem_alloc_atomic((size_t)total) : NULL, *q = p;
    for (int64_t k = 0; k < el.len; k++) {
        if (k && sep.len) memcpy(q, sep.ptr, (size_t)sep.len), q += sep.len;
        if (e[k].len) memcpy(q, e[k].ptr, (size_t)e[k].len), q += e[k].len;
    }
    nu_ret_str(a, p, total);
    return NAT_OK;
}

static int map_case(Word *a, char kind) {
    GoString s = nu_str(a);
    StrBuf b;
    sb_init(&b);
    if (txt_map_case(s.ptr, s.len, kind, &b)) nu_ret_sb(a, &b);
    return NAT_OK; /* unchanged: s is the result, already in place */
}
static int s_to_upper(G *g, Word *a) { return map_case(a, 'U'); }
static int s_to_lower(G *g, Word *a) { return map_case(a, 'L'); }
static int s_to_title(G *g, Word *a) { return map_case(a, 'T'); }
static int s_title(G *g, Word *a) { return map_case(a, 'W'); }

/* bytesToString(b []byte) string: a string sharing b's bytes. Only for strings.Builder, whose
 * written bytes are never modified afterwards (it only appends, and Grow copies). */
static int s_bytes_to_string(G *g, Word *a) {
    nu_ret_str(a, a[0].p, a[1].i);
    return NAT_OK;
}

const NativeEntry natives_strings[] = {
    {"strings.Index", s_index},
    {"strings.LastIndex", s_last_index},
    {"strings.IndexByte", s_index_byte},
    {"strings.LastIndexByte", s_last_index_byte},
    {"strings.IndexRune", s_index_rune},
    {"strings.IndexAny", s_index_any},
    {"strings.LastIndexAny", s_last_index_any},
    {"strings.Count", s_count},
    {"strings.EqualFold", s_equal_fold},
    {"strings.Trim", s_trim},
    {"strings.TrimLeft", s_trim_left},
    {"strings.TrimRight", s_trim_right},
    {"strings.TrimSpace", s_trim_space},
    {"strings.Fields", s_fields},
    {"strings.Join", s_join},
    {"strings.ToUpper", s_to_upper},
    {"strings.ToLower", s_to_lower},
    {"strings.ToTitle", s_to_title},
    {"strings.Title", s_title},
    {"strings.bytesToString", s_bytes_to_string},
    {NULL, NULL},
};
