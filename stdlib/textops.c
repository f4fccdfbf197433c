/* textops.c — byte-string algorithms for the strings and bytes natives (see textops.h). */
#include <string.h>
#include "textops.h"
#include "unicode_c.h"
#include "utf8.h"

/* Decode the rune at s[0:n] (n > 0) as `for range` does. */
static inline int dec(const uint8_t *s, int64_t n, int32_t *r) {
    if (s[0] < 0x80) {
        *r = s[0];
        return 1;
    }
    return utf8_decode(s, (size_t)n, r);
}

int64_t txt_index(const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m) {
    if (m == 0) return 0;
    if (m > n) return -1;
    const uint8_t *p = memmem(s, (size_t)n, sep, (size_t)m);
    return p ? p - s : -1;
}

int64_t txt_last_index(const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m) {
    if (m == 0) return n;
    if (m > n) return -1;
    for (int64_t i = n - m; i >= 0; i--) {
        /* jump to the previous occurrence of the first byte */
        const uint8_t *p = memrchr(s, sep[0], (size_t)i + 1);
        if (!p) return -1;
        i = p - s;
        if (memcmp(s + i, sep, (size_t)m) == 0) return i;
    }
    return -1;
}

int64_t txt_index_byte(const uint8_t *s, int64_t n, uint8_t c) {
    const uint8_t *p = n ? memchr(s, c, (size_t)n) : NULL;
    return p ? p - s : -1;
}

int64_t txt_last_index_byte(const uint8_t *s, int64_t n, uint8_t c) {
    const uint8_t *p = n ? memrchr(s, c, (size_t)n) : NULL;
    return p ? p - s : -1;
}

int64_t txt_count(const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m) {
    if (m == 0) return utf8_rune_count(s, (size_t)n) + 1;
    if (m == 1) {
        int64_t c = 0;
        for (int64_t i = 0; i < n; i++) c += s[i] == sep[0];
        return c;
    }
    int64_t c = 0, i = 0;
    for (;;) {
        int64_t j = txt_index(s + i, n - i, sep, m);
        if (j < 0) return c;
        c++;
        i += j + m;
    }
}

int64_t txt_index_rune(const uint8_t *s, int64_t n, int32_t r) {
    if (r >= 0 && r < 0x80) return txt_index_byte(s, n, (uint8_t)r);
    if (r == UTF8_RUNE_ERROR) {
        for (int64_t i = 0; i < n;) {
            int32_t c;
            int w = dec(s + i, n - i, &c);
            if (c == UTF8_RUNE_ERROR) return i;
            i += w;
        }
        return -1;
    }
    if (!utf8_valid_rune(r)) return -1;
    uint8_t buf[4];
    int w = utf8_encode(buf, r);
    return txt_index(s, n, buf, w);
}

int64_t txt_index_any(const uint8_t *s, int64_t n, const uint8_t *chars, int64_t m) {
    if (m == 0) return -1;
    for (int64_t i = 0; i < n;) {
        int32_t c;
        int w = dec(s + i, n - i, &c);
        if (txt_index_rune(chars, m, c) >= 0) return i;
        i += w;
    }
    return -1;
}

int64_t txt_last_index_any(const uint8_t *s, int64_t n, const uint8_t *chars, int64_t m) {
    if (m == 0) return -1;
    for (int64_t i = n; i > 0;) {
        int32_t c;
        int w = utf8_decode_last(s, (size_t)i, &c);
        i -= w;
        if (txt_index_rune(chars, m, c) >= 0) return i;
    }
    return -1;
}

void txt_trim(const uint8_t *s, int64_t n, const uint8_t *cutset, int64_t m, bool left, bool right,
              int64_t *start, int64_t *end) {
    int64_t a = 0, b = n;
    if (n > 0 && m > 0) {
        if (left) {
            while (a < b) {
                int32_t c;
                int w = dec(s + a, b - a, &c);
                if (txt_index_rune(cutset, m, c) < 0) break;
                a += w;
            }
        }
        if (right) {
            while (b > a) {
                int32_t c;
                int w = utf8_decode_last(s + a, (size_t)(b - a), &c);
                if (txt_index_rune(cutset, m, c) < 0) break;
                b -= w;
            }
        }
    }
    *start = a;
    *end = b;
}

void txt_trim_space(const uint8_t *s, int64_t n, int64_t *start, int64_t *end) {
    int64_t a = 0, b = n;
    while (a < b) {
        int32_t c;
        int w = dec(s + a, b - a, &c);
        if (!uni_is_space(c)) break;
        a += w;
    }
    while (b > a) {
        int32_t c;
        int w = s[b - 1] < 0x80 ? (c = s[b - 1], 1) : utf8_decode_last(s + a, (size_t)(b - a), &c);
        if (!uni_is_space(c)) break;
        b -= w;
    }
    *start = a;
    *end = b;
}

static const uint8_t ascii_space[256] = {['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1};

/* Fields on pure ASCII input: a byte table instead of rune decoding (gc has the same fast
 * path); same spans. */
static int64_t fields_ascii(const uint8_t *s, int64_t n, TxtSpan **out, void *(*alloc)(size_t)) {
    int64_t count = 0;
    bool was_space = true;
    for (int64_t i = 0; i < n; i++) {
        bool sp = ascii_space[s[i]];
        count += was_space && !sp;
        was_space = sp;
    }
    TxtSpan *sp = count ? alloc(sizeof(TxtSpan) * (size_t)count) : NULL;
    int64_t k = 0, i = 0;
    while (k < count) {
        while (ascii_space[s[i]]) i++;
        int64_t start = i;
        while (i < n && !ascii_space[s[i]]) i++;
        sp[k++] = (TxtSpan){start, i};
    }
    *out = sp;
    return count;
}

int64_t txt_fields(const uint8_t *s, int64_t n, TxtSpan **out, void *(*alloc)(size_t)) {
    int64_t i = 0;
    while (i < n && s[i] < 0x80) i++;
    if (i == n) return fields_ascii(s, n, out, alloc);
    /* two passes over the runes: count, then fill */
    int64_t count = 0;
    TxtSpan *sp = NULL;
    for (int pass = 0; pass < 2; pass++) {
        int64_t k = 0, start = -1;
        for (i = 0; i < n;) {
            int32_t c;
            int w = dec(s + i, n - i, &c);
            if (c < 0x80 ? ascii_space[c] : uni_is_space(c)) {
                if (start >= 0) {
                    if (sp) sp[k] = (TxtSpan){start, i};
                    k++;
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += w;
        }
        if (start >= 0) {
            if (sp) sp[k] = (TxtSpan){start, n};
            k++;
        }
        count = k;
        if (pass == 0) {
            if (count == 0) break;
            sp = alloc(sizeof(TxtSpan) * (size_t)count);
        }
    }
    *out = sp;
    return count;
}

bool txt_equal_fold(const uint8_t *s, int64_t n, const uint8_t *t, int64_t m) {
    int64_t i = 0, j = 0;
    while (i < n && j < m) {
        int32_t sr, tr;
        i += dec(s + i, n - i, &sr);
        j += dec(t + j, m - j, &tr);
        if (sr == tr) continue;
        if (tr < sr) {
            int32_t x = tr;
            tr = sr;
            sr = x;
        }
        if (tr < 0x80) {
            if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
            return false;
        }
        /* SimpleFold walks the orbit of equivalent runes in increasing order, wrapping */
        int32_t r = uni_simple_fold(sr);
        while (r != sr && r < tr) r = uni_simple_fold(r);
        if (r != tr) return false;
    }
    return i == n && j == m;
}

/* strings.Title's word boundary test. */
static bool is_separator(int32_t r) {
    if (r <= 0x7F) {
        if ((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_')
            return false;
        return true;
    }
    if (uni_is_letter(r) || uni_is_digit(r)) return false;
    return uni_is_space(r);
}

static void put_rune(StrBuf *out, int32_t r) {
    if (r >= 0 && r < 0x80) {
        sb_putc(out, (char)r);
        return;
    }
    uint8_t buf[4];
    int w = utf8_encode(buf, r);
    sb_put(out, (const char *)buf, (size_t)w);
}

bool txt_map_case(const uint8_t *s, int64_t n, char kind, StrBuf *out) {
    bool changed = false;
    int32_t prev = ' ';
    for (int64_t i = 0; i < n;) {
        int32_t c;
        int w = dec(s + i, n - i, &c);
        int32_t r;
        switch (kind) {
        case 'U': r = uni_to_upper(c); break;
        case 'L': r = uni_to_lower(c); break;
        case 'T': r = uni_to_title(c); break;
        default:
            r = is_separator(prev) ? uni_to_title(c) : c;
            prev = c;
            break;
        }
        /* an invalid byte (U+FFFD of width 1) always changes: it is written as U+FFFD */
        if (r != c || (c == UTF8_RUNE_ERROR && w == 1)) changed = true;
        put_rune(out, r);
        i += w;
    }
    return changed;
}
