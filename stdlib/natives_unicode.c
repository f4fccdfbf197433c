/* natives_unicode.c — Unicode classes and case mapping (unicode_c.h) and the natives of
 * package unicode. Semantics follow Go 1.22's unicode package exactly; Latin-1 shortcuts
 * are the same sets as the tables (Go's properties table is derived from them). */
#include "natives_util.h"
#include "unicode_c.h"
#include "../vm/rtpanic.h"

/* ---- table search ---- */

static bool in_ranges(const URange *r, int n, uint32_t c) {
    int lo = 0, hi = n;
    while (lo < hi) {
        int m = (lo + hi) / 2;
        if (c < r[m].lo) hi = m;
        else if (c > r[m].hi) lo = m + 1;
        else return r[m].stride == 1 || (c - r[m].lo) % r[m].stride == 0;
    }
    return false;
}

bool uni_in(int table, int32_t r) {
    if (r < 0) return false;
    const UTable *t = &unicode_tables[table];
    return in_ranges(t->r, t->n, (uint32_t)r);
}

bool uni_is_letter(int32_t r) {
    if ((uint32_t)r < 0x80) return ((uint32_t)r | 0x20) - 'a' < 26;
    return uni_in(UT_L, r);
}
bool uni_is_digit(int32_t r) {
    if ((uint32_t)r < 0x80) return (uint32_t)r - '0' < 10;
    return uni_in(UT_Nd, r);
}
bool uni_is_number(int32_t r) { return uni_in(UT_N, r); }
bool uni_is_space(int32_t r) {
    if ((uint32_t)r <= 0xFF) {
        switch (r) {
        case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
            return true;
        }
        return false;
    }
    return uni_in(UT_White_Space, r);
}
bool uni_is_upper(int32_t r) {
    if ((uint32_t)r < 0x80) return (uint32_t)r - 'A' < 26;
    return uni_in(UT_Lu, r);
}
bool uni_is_lower(int32_t r) {
    if ((uint32_t)r < 0x80) return (uint32_t)r - 'a' < 26;
    return uni_in(UT_Ll, r);
}
bool uni_is_title(int32_t r) { return r > 0xFF && uni_in(UT_Lt, r); }
bool uni_is_punct(int32_t r) { return uni_in(UT_P, r); }
bool uni_is_control(int32_t r) { return (uint32_t)r <= 0x1F || ((uint32_t)r >= 0x7F && (uint32_t)r <= 0x9F); }
bool uni_is_mark(int32_t r) { return uni_in(UT_M, r); }
bool uni_is_symbol(int32_t r) { return uni_in(UT_S, r); }
bool uni_is_print(int32_t r) {
    if ((uint32_t)r < 0x80) return r >= 0x20 && r < 0x7F;
    return uni_in(UT_L, r) || uni_in(UT_M, r) || uni_in(UT_N, r) || uni_in(UT_P, r) || uni_in(UT_S, r);
}
bool uni_is_graphic(int32_t r) {
    if ((uint32_t)r < 0x80) return r >= 0x20 && r < 0x7F;
    return uni_is_print(r) || uni_in(UT_Zs, r);
}

/* ---- case mapping ---- */

int32_t uni_to(int c, int32_t r) {
    if (c < 0 || c > 2) return 0xFFFD;
    int lo = 0, hi = unicode_ncase_ranges;
    while (lo < hi) {
        int m = (lo + hi) / 2;
        const UCaseRange *cr = &unicode_case_ranges[m];
        if ((int64_t)cr->lo <= r && r <= (int64_t)cr->hi) {
            int32_t delta = cr->delta[c];
            if (delta > 0x10FFFF) /* Upper/Lower alternation: even offsets upper, odd lower */
                return (int32_t)cr->lo + (((r - (int32_t)cr->lo) & ~1) | (c & 1));
            return r + delta;
        }
        if (r < (int64_t)cr->lo) hi = m;
        else lo = m + 1;
    }
    return r;
}

int32_t uni_to_upper(int32_t r) {
    if (r <= 0x7F) return r >= 'a' && r <= 'z' ? r - 32 : r;
    return uni_to(UNI_UPPER, r);
}
int32_t uni_to_lower(int32_t r) {
    if (r <= 0x7F) return r >= 'A' && r <= 'Z' ? r + 32 : r;
    return uni_to(UNI_LOWER, r);
}
int32_t uni_to_title(int32_t r) {
    if (r <= 0x7F) return r >= 'a' && r <= 'z' ? r - 32 : r;
    return uni_to(UNI_TITLE, r);
}

int32_t uni_simple_fold(int32_t r) {
    int lo = 0, hi = unicode_nfolds;
    while (lo < hi) {
        int m = (lo + hi) / 2;
        if (r < unicode_folds[m].from) hi = m;
        else if (r > unicode_folds[m].from) lo = m + 1;
        else return unicode_folds[m].to;
    }
    return r;
}

/* ---- natives ---- */

/* Go layouts: Range16/Range32 are 3 words (Lo, Hi, Stride); RangeTable is
 * {R16 []Range16; R32 []Range32; LatinOffset int} = 7 words. */
enum { RANGE_WORDS = 3, RT_WORDS = 7 };

static int n_load_table(G *g, Word *a) {
    int64_t id = a[0].i;
    Word *rt = mem_alloc(sizeof(Word) * RT_WORDS);
    if (id >= 0 && id < unicode_ntables) {
        const UTable *t = &unicode_tables[id];
        int n16 = t->n16, n32 = t->n - t->n16;
        Word *r16 = n16 ? mem_alloc_atomic(sizeof(Word) * RANGE_WORDS * (size_t)n16) : NULL;
        Word *r32 = n32 ? mem_alloc_atomic(sizeof(Word) * RANGE_WORDS * (size_t)n32) : NULL;
        for (int i = 0; i < t->n; i++) {
            Word *e = i < n16 ? r16 + RANGE_WORDS * i : r32 + RANGE_WORDS * (i - n16);
            e[0].u = t->r[i].lo;
            e[1].u = t->r[i].hi;
            e[2].u = t->r[i].stride;
        }
        rt[0].p = r16;
        rt[1].i = rt[2].i = n16;
        rt[3].p = r32;
        rt[4].i = rt[5].i = n32;
        rt[6].i = t->latin_offset;
    }
    a[0].p = rt;
    return NAT_OK;
}

/* CaseRange: Lo, Hi (1 word each), Delta [3]rune (3 packed int32s in 2 words) = 4 words. */
static int n_load_case_ranges(G *g, Word *a) {
    int n = unicode_ncase_ranges;
    Word *v = mem_alloc_atomic(sizeof(Word) * 4 * (size_t)n);
    for (int i = 0; i < n; i++) {
        Word *e = v + 4 * i;
        e[0].u = unicode_case_ranges[i].lo;
        e[1].u = unicode_case_ranges[i].hi;
        memcpy(&e[2], unicode_case_ranges[i].delta, 3 * sizeof(int32_t));
    }
    nu_ret_slice(a, v, n, n);
    return NAT_OK;
}

/* Is(rangeTab, r): binary search over a Go RangeTable's R16 then R32 entries. */
static bool in_go_ranges(const Word *e, int64_t n, uint32_t c) {
    int64_t lo = 0, hi = n;
    while (lo < hi) {
        int64_t m = (lo + hi) / 2;
        const Word *x = e + RANGE_WORDS * m;
        if (c < x[0].u) hi = m;
        else if (c > x[1].u) lo = m + 1;
        else return x[2].u == 1 || (x[2].u != 0 && (c - x[0].u) % x[2].u == 0);
    }
    return false;
}

static int n_is(G *g, Word *a) {
    const Word *rt = a[0].p;
    int32_t r = (int32_t)a[1].i;
    if (!rt) {
        rt_panic_runtime_error("invalid memory address or nil pointer dereference");
        return NAT_PANIC;
    }
    bool in = false;
    if (r >= 0) {
        uint32_t c = (uint32_t)r;
        in = in_go_ranges(rt[0].p, rt[1].i, c);
        if (!in && rt[4].i) {
            const Word *r32 = rt[3].p;
            if (c >= r32[0].u) in = in_go_ranges(r32, rt[4].i, c);
        }
    }
    a[0].u = in;
    return NAT_OK;
}

#define CLASS_NATIVE(name, fn) \
    static int name(G *g, Word *a) { a[0].u = fn((int32_t)a[0].i); return NAT_OK; }
CLASS_NATIVE(n_is_control, uni_is_control)
CLASS_NATIVE(n_is_digit, uni_is_digit)
CLASS_NATIVE(n_is_graphic, uni_is_graphic)
CLASS_NATIVE(n_is_letter, uni_is_letter)
CLASS_NATIVE(n_is_lower, uni_is_lower)
CLASS_NATIVE(n_is_mark, uni_is_mark)
CLASS_NATIVE(n_is_number, uni_is_number)
CLASS_NATIVE(n_is_print, uni_is_print)
CLASS_NATIVE(n_is_punct, uni_is_punct)
CLASS_NATIVE(n_is_space, uni_is_space)
CLASS_NATIVE(n_is_symbol, uni_is_symbol)
CLASS_NATIVE(n_is_title, uni_is_title)
CLASS_NATIVE(n_is_upper, uni_is_upper)

#define MAP_NATIVE(name, fn) \
    static int name(G *g, Word *a) { a[0].i = fn((int32_t)a[0].i); return NAT_OK; }
MAP_NATIVE(n_to_lower, uni_to_lower)
MAP_NATIVE(n_to_upper, uni_to_upper)
MAP_NATIVE(n_to_title, uni_to_title)
MAP_NATIVE(n_simple_fold, uni_simple_fold)

static int n_to(G *g, Word *a) {
    a[0].i = uni_to((int)(a[0].i < 0 || a[0].i > 2 ? -1 : a[0].i), (int32_t)a[1].i);
    return NAT_OK;
}

const NativeEntry natives_unicode[] = {
    {"unicode.loadTable", n_load_table},
    {"unicode.loadCaseRanges", n_load_case_ranges},
    {"unicode.Is", n_is},
    {"unicode.IsControl", n_is_control},
    {"unicode.IsDigit", n_is_digit},
    {"unicode.IsGraphic", n_is_graphic},
    {"unicode.IsLetter", n_is_letter},
    {"unicode.IsLower", n_is_lower},
    {"unicode.IsMark", n_is_mark},
    {"unicode.IsNumber", n_is_number},
    {"unicode.IsPrint", n_is_print},
    {"unicode.IsPunct", n_is_punct},
    {"unicode.IsSpace", n_is_space},
    {"unicode.IsSymbol", n_is_symbol},
    {"unicode.IsTitle", n_is_title},
    {"unicode.IsUpper", n_is_upper},
    {"unicode.To", n_to},
    {"unicode.ToLower", n_to_lower},
    {"unicode.ToTitle", n_to_title},
    {"unicode.ToUpper", n_to_upper},
    {"unicode.SimpleFold", n_simple_fold},
    {NULL, NULL},
};
