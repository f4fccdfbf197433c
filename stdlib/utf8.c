/* utf8.c — UTF-8 decoding/encoding with Go's rules (see utf8.h). */
#include "utf8.h"

/* For a leading byte: the sequence length (0 = invalid leading byte) and the allowed range of
 * the second byte, which is where overlong forms and surrogates are excluded (Go's
 * acceptRanges). */
typedef struct Lead {
    uint8_t len, lo, hi;
} Lead;

static Lead lead_info(uint8_t b) {
    if (b < 0x80) return (Lead){1, 0, 0};
    if (b < 0xC2) return (Lead){0, 0, 0};
    if (b < 0xE0) return (Lead){2, 0x80, 0xBF};
    if (b == 0xE0) return (Lead){3, 0xA0, 0xBF};
    if (b == 0xED) return (Lead){3, 0x80, 0x9F};
    if (b < 0xF0) return (Lead){3, 0x80, 0xBF};
    if (b == 0xF0) return (Lead){4, 0x90, 0xBF};
    if (b < 0xF4) return (Lead){4, 0x80, 0xBF};
    if (b == 0xF4) return (Lead){4, 0x80, 0x8F};
    return (Lead){0, 0, 0};
}

static inline bool is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

int utf8_decode(const uint8_t *s, size_t n, int32_t *r) {
    if (n == 0) {
        *r = UTF8_RUNE_ERROR;
        return 0;
    }
    uint8_t b0 = s[0];
    if (b0 < 0x80) {
        *r = b0;
        return 1;
    }
    Lead L = lead_info(b0);
    if (L.len == 0 || n < L.len || s[1] < L.lo || s[1] > L.hi) goto bad;
    if (L.len == 2) {
        *r = (int32_t)(b0 & 0x1F) << 6 | (s[1] & 0x3F);
        return 2;
    }
    if (!is_cont(s[2])) goto bad;
    if (L.len == 3) {
        *r = (int32_t)(b0 & 0x0F) << 12 | (int32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
        return 3;
    }
    if (!is_cont(s[3])) goto bad;
    *r = (int32_t)(b0 & 0x07) << 18 | (int32_t)(s[1] & 0x3F) << 12 | (int32_t)(s[2] & 0x3F) << 6 |
         (s[3] & 0x3F);
    return 4;
bad:
    *r = UTF8_RUNE_ERROR;
    return 1;
}

int utf8_decode_last(const uint8_t *s, size_t n, int32_t *r) {
    if (n == 0) {
        *r = UTF8_RUNE_ERROR;
        return 0;
    }
    size_t end = n, start = end - 1;
    if (s[start] < 0x80) {
        *r = s[start];
        return 1;
    }
    /* back up over at most UTFMax-1 continuation bytes to a possible start byte */
    size_t lim = end >= UTF8_UTFMAX ? end - UTF8_UTFMAX : 0;
    while (start > lim && is_cont(s[start])) start--;
    if (start < lim) start = lim;
    int32_t rr;
    int w = utf8_decode(s + start, end - start, &rr);
    if (start + (size_t)w != end) {
        *r = UTF8_RUNE_ERROR;
        return 1;
    }
    *r = rr;
    return w;
}

bool utf8_valid_rune(int32_t r) {
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= UTF8_MAX_RUNE);
}

int utf8_rune_len(int32_t r) {
    if (r < 0) return -1;
    if (r < 0x80) return 1;
    if (r < 0x800) return 2;
    if (r >= 0xD800 && r <= 0xDFFF) return -1;
    if (r < 0x10000) return 3;
    if (r <= UTF8_MAX_RUNE) return 4;
    return -1;
}

int utf8_encode(uint8_t *buf, int32_t r) {
    uint32_t c = (uint32_t)r;
    if (c < 0x80) {
        buf[0] = (uint8_t)c;
        return 1;
    }
    if (c < 0x800) {
        buf[0] = (uint8_t)(0xC0 | (c >> 6));
        buf[1] = (uint8_t)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c > UTF8_MAX_RUNE || (c >= 0xD800 && c <= 0xDFFF)) c = UTF8_RUNE_ERROR;
    if (c < 0x10000) {
        buf[0] = (uint8_t)(0xE0 | (c >> 12));
        buf[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        buf[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    buf[0] = (uint8_t)(0xF0 | (c >> 18));
    buf[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
    buf[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    buf[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

int64_t utf8_rune_count(const uint8_t *s, size_t n) {
    int64_t count = 0;
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
        } else {
            int32_t r;
            i += (size_t)utf8_decode(s + i, n - i, &r);
        }
        count++;
    }
    return count;
}

bool utf8_valid(const uint8_t *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        int32_t r;
        int w = utf8_decode(s + i, n - i, &r);
        if (w == 1) return false; /* a multi-byte lead decoding to width 1 is an error */
        i += (size_t)w;
    }
    return true;
}

bool utf8_full_rune(const uint8_t *s, size_t n) {
    if (n == 0) return false;
    if (n >= UTF8_UTFMAX) return true;
    Lead L = lead_info(s[0]);
    if (L.len == 0 || n >= L.len) return true; /* ASCII, invalid lead, or complete */
    /* short: full only if what is there is already invalid */
    if (n > 1 && (s[1] < L.lo || s[1] > L.hi)) return true;
    if (n > 2 && !is_cont(s[2])) return true;
    return false;
}
