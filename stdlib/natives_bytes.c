/* natives_bytes.c — natives of package bytes (algorithms in textops.c). Argument layout: a
 * []byte is 3 words {ptr, len, cap}, a string 2 words; results are written from a[0]. */
#include "natives_util.h"
#include "textops.h"

static int b_index(G *g, Word *a) {
    a[0].i = txt_index(a[0].p, a[1].i, a[3].p, a[4].i);
    return NAT_OK;
}

static int b_last_index(G *g, Word *a) {
    a[0].i = txt_last_index(a[0].p, a[1].i, a[3].p, a[4].i);
    return NAT_OK;
}

static int b_index_byte(G *g, Word *a) {
    a[0].i = txt_index_byte(a[0].p, a[1].i, (uint8_t)a[3].u);
    return NAT_OK;
}

static int b_last_index_byte(G *g, Word *a) {
    a[0].i = txt_last_index_byte(a[0].p, a[1].i, (uint8_t)a[3].u);
    return NAT_OK;
}

static int b_index_rune(G *g, Word *a) {
    a[0].i = txt_index_rune(a[0].p, a[1].i, (int32_t)a[3].i);
    return NAT_OK;
}

static int b_index_any(G *g, Word *a) {
    a[0].i = txt_index_any(a[0].p, a[1].i, a[3].p, a[4].i);
    return NAT_OK;
}

static int b_last_index_any(G *g, Word *a) {
    a[0].i = txt_last_index_any(a[0].p, a[1].i, a[3].p, a[4].i);
    return NAT_OK;
}

static int b_count(G *g, Word *a) {
    a[0].i = txt_count(a[0].p, a[1].i, a[3].p, a[4].i);
    return NAT_OK;
}

static int b_equal(G *g, Word *a) {
    int64_t n = a[1].i;
    a[0].u = n == a[4].i && (n == 0 || memcmp(a[0].p, a[3].p, (size_t)n) == 0);
    return NAT_OK;
}

static int b_compare(G *g, Word *a) {
    int64_t n = a[1].i, m = a[4].i;
    int c = memcmp(a[0].p ? a[0].p : "", a[3].p ? a[3].p : "", (size_t)(n < m ? n : m));
    a[0].i = c < 0 ? -1 : c > 0 ? 1 : n < m ? -1 : n > m ? 1 : 0;
    return NAT_OK;
}

static int b_equal_fold(G *g, Word *a) {
    a[0].u = txt_equal_fold(a[0].p, a[1].i, a[3].p, a[4].i);
    return NAT_OK;
}

/* trimIndex(s []byte, cutset string, left, right bool) (start, end int) */
static int b_trim_index(G *g, Word *a) {
    int64_t i, j;
    txt_trim(a[0].p, a[1].i, a[3].p, a[4].i, a[5].u != 0, a[6].u != 0, &i, &j);
    a[0].i = i;
    a[1].i = j;
    return NAT_OK;
}

/* spaceIndex(s []byte) (start, end int) */
static int b_space_index(G *g, Word *a) {
    int64_t i, j;
    txt_trim_space(a[0].p, a[1].i, &i, &j);
    a[0].i = i;
    a[1].i = j;
    return NAT_OK;
}

/* Fields(s []byte) [][]byte: parts are s[start:end:end] */
static int b_fields(G *g, Word *a) {
    uint8_t *s = a[0].p;
    TxtSpan *sp;
    int64_t n = txt_fields(s, a[1].i, &sp, mem_alloc_atomic_raw);
    GoSlice *v = mem_alloc(sizeof(GoSlice) * (size_t)(n ? n : 1));
    for (int64_t k = 0; k < n; k++) {
        int64_t len = sp[k].end - sp[k].start;
        v[k] = (GoSlice){s + sp[k].start, len, len};
    }
    nu_ret_slice(a, v, n, n);
    return NAT_OK;
}

/* ToUpper & co: always a new, non-nil slice (as gc) */
static int map_case(Word *a, char kind) {
    StrBuf b;
    sb_init(&b);
    txt_map_case(a[0].p, a[1].i, kind, &b);
    void *p = b.len ? (void *)b.data : mem_alloc_atomic(1);
    nu_ret_slice(a, p, (int64_t)b.len, (int64_t)b.len);
    return NAT_OK;
}
static int b_to_upper(G *g, Word *a) { return map_case(a, 'U'); }
static int b_to_lower(G *g, Word *a) { return map_case(a, 'L'); }
static int b_to_title(G *g, Word *a) { return map_case(a, 'T'); }
static int b_title(G *g, Word *a) { return map_case(a, 'W'); }

const NativeEntry natives_bytes[] = {
    {"bytes.Index", b_index},
    {"bytes.LastIndex", b_last_index},
    {"bytes.IndexByte", b_index_byte},
    {"bufio.indexByte", b_index_byte},
    {"bytes.LastIndexByte", b_last_index_byte},
    {"bytes.IndexRune", b_index_rune},
    {"bytes.IndexAny", b_index_any},
    {"bytes.LastIndexAny", b_last_index_any},
    {"bytes.Count", b_count},
    {"bytes.Equal", b_equal},
    {"bytes.Compare", b_compare},
    {"bytes.EqualFold", b_equal_fold},
    {"bytes.trimIndex", b_trim_index},
    {"bytes.spaceIndex", b_space_index},
    {"bytes.Fields", b_fields},
    {"bytes.ToUpper", b_to_upper},
    {"bytes.ToLower", b_to_lower},
    {"bytes.ToTitle", b_to_title},
    {"bytes.Title", b_title},
    {NULL, NULL},
};
