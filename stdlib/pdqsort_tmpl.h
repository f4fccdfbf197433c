/* pdqsort_tmpl.h — Go 1.22's pdqsortOrdered (slices/zsortordered.go) as a C template, so
 * sort.Ints, sort.Strings, sort.Float64s and slices.Sort make exactly gc's sequence of
 * comparisons and swaps (visible with equal-comparing but distinct values, e.g. -0 and +0).
 *
 * Include after defining:
 *   PDQ_NAME(x)   prefix for the generated static functions (e.g. pdq_i64_##x)
 *   PDQ_T         element type
 *   PDQ_LESS(a,b) cmp.Less on two PDQ_T values
 * Entry point: PDQ_NAME(sort)(PDQ_T *data, int64_t n).
 */

#define PDQ_SWAP(i, j)       \
    do {                     \
        PDQ_T t_ = data[i];  \
        data[i] = data[j];   \
        data[j] = t_;        \
    } while (0)
#define PDQ_LT(i, j) PDQ_LESS(data[i], data[j])

static void PDQ_NAME(insertion)(PDQ_T *data, int64_t a, int64_t b) {
    for (int64_t i = a + 1; i < b; i++)
        for (int64_t j = i; j > a && PDQ_LT(j, j - 1); j--) PDQ_SWAP(j, j - 1);
}

static void PDQ_NAME(sift_down)(PDQ_T *data, int64_t lo, int64_t hi, int64_t first) {
    int64_t root = lo;
    for (;;) {
        int64_t child = 2 * root + 1;
        if (child >= hi) break;
        if (child + 1 < hi && PDQ_LT(first + child, first + child + 1)) child++;
        if (!PDQ_LT(first + root, first + child)) return;
        PDQ_SWAP(first + root, first + child);
        root = child;
    }
}

static void PDQ_NAME(heap)(PDQ_T *data, int64_t a, int64_t b) {
    int64_t first = a, lo = 0, hi = b - a;
    for (int64_t i = (hi - 1) / 2; i >= 0; i--) PDQ_NAME(sift_down)(data, i, hi, first);
    for (int64_t i = hi - 1; i >= 0; i--) {
        PDQ_SWAP(first, first + i);
        PDQ_NAME(sift_down)(data, lo, i, first);
    }
}

static int64_t PDQ_NAME(partition)(PDQ_T *data, int64_t a, int64_t b, int64_t pivot, bool *already) {
    PDQ_SWAP(a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && PDQ_LT(i, a)) i++;
    while (i <= j && !PDQ_LT(j, a)) j--;
    if (i > j) {
        PDQ_SWAP(j, a);
        *already = true;
        return j;
    }
    PDQ_SWAP(i, j);
    i++;
    j--;
    for (;;) {
        while (i <= j && PDQ_LT(i, a)) i++;
        while (i <= j && !PDQ_LT(j, a)) j--;
        if (i > j) break;
        PDQ_SWAP(i, j);
        i++;
        j--;
    }
    PDQ_SWAP(j, a);
    *already = false;
    return j;
}

static int64_t PDQ_NAME(partition_equal)(PDQ_T *data, int64_t a, int64_t b, int64_t pivot) {
    PDQ_SWAP(a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
        while (i <= j && !PDQ_LT(a, i)) i++;
        while (i <= j && PDQ_LT(a, j)) j--;
        if (i > j) break;
        PDQ_SWAP(i, j);
        i++;
        j--;
    }
    return i;
}

static bool PDQ_NAME(partial_insertion)(PDQ_T *data, int64_t a, int64_t b) {
    const int maxSteps = 5, shortestShifting = 50;
    int64_t i = a + 1;
    for (int step = 0; step < maxSteps; step++) {
        while (i < b && !PDQ_LT(i, i - 1)) i++;
        if (i == b) return true;
        if (b - a < shortestShifting) return false;
        PDQ_SWAP(i, i - 1);
        if (i - a >= 2) {
            for (int64_t j = i - 1; j >= 1; j--) {
                if (!PDQ_LT(j, j - 1)) break;
                PDQ_SWAP(j, j - 1);
            }
        }
        if (b - i >= 2) {
            for (int64_t j = i + 1; j < b; j++) {
                if (!PDQ_LT(j, j - 1)) break;
                PDQ_SWAP(j, j - 1);
            }
        }
    }
    return false;
}

static void PDQ_NAME(break_patterns)(PDQ_T *data, int64_t a, int64_t b) {
    int64_t length = b - a;
    if (length >= 8) {
        uint64_t random = (uint64_t)length;
        uint64_t modulus = pdq_next_pow2(length);
        for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
            int64_t other = (int64_t)(pdq_xorshift(&random) & (modulus - 1));
            if (other >= length) other -= length;
            PDQ_SWAP(idx, a + other);
        }
    }
}

static int64_t PDQ_NAME(order2)(PDQ_T *data, int64_t a, int64_t b, int *swaps, int64_t *hi) {
    if (PDQ_LT(b, a)) {
        (*swaps)++;
        *hi = a;
        return b;
    }
    *hi = b;
    return a;
}

static int64_t PDQ_NAME(median)(PDQ_T *data, int64_t a, int64_t b, int64_t c, int *swaps) {
    a = PDQ_NAME(order2)(data, a, b, swaps, &b);
    b = PDQ_NAME(order2)(data, b, c, swaps, &c);
    a = PDQ_NAME(order2)(data, a, b, swaps, &b);
    (void)a;
    return b;
}

static int64_t PDQ_NAME(choose_pivot)(PDQ_T *data, int64_t a, int64_t b, int *hint) {
    const int64_t shortestNinther = 50;
    const int maxSwaps = 4 * 3;
    int64_t l = b - a;
    int swaps = 0;
    int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
    if (l >= 8) {
        if (l >= shortestNinther) {
            i = PDQ_NAME(median)(data, i - 1, i, i + 1, &swaps);
            j = PDQ_NAME(median)(data, j - 1, j, j + 1, &swaps);
            k = PDQ_NAME(median)(data, k - 1, k, k + 1, &swaps);
        }
        j = PDQ_NAME(median)(data, i, j, k, &swaps);
    }
    *hint = swaps == 0 ? PDQ_INCREASING : swaps == maxSwaps ? PDQ_DECREASING : PDQ_UNKNOWN;
    return j;
}

static void PDQ_NAME(reverse_range)(PDQ_T *data, int64_t a, int64_t b) {
    for (int64_t i = a, j = b - 1; i < j; i++, j--) PDQ_SWAP(i, j);
}

static void PDQ_NAME(pdq)(PDQ_T *data, int64_t a, int64_t b, int limit) {
    const int64_t maxInsertion = 12;
    bool wasBalanced = true, wasPartitioned = true;
    for (;;) {
        int64_t length = b - a;
        if (length <= maxInsertion) {
            PDQ_NAME(insertion)(data, a, b);
            return;
        }
        if (limit == 0) {
            PDQ_NAME(heap)(data, a, b);
            return;
        }
        if (!wasBalanced) {
            PDQ_NAME(break_patterns)(data, a, b);
            limit--;
        }
        int hint;
        int64_t pivot = PDQ_NAME(choose_pivot)(data, a, b, &hint);
        if (hint == PDQ_DECREASING) {
            PDQ_NAME(reverse_range)(data, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = PDQ_INCREASING;
        }
        if (wasBalanced && wasPartitioned && hint == PDQ_INCREASING) {
            if (PDQ_NAME(partial_insertion)(data, a, b)) return;
        }
        if (a > 0 && !PDQ_LT(a - 1, pivot)) {
            a = PDQ_NAME(partition_equal)(data, a, b, pivot);
            continue;
        }
        bool already;
        int64_t mid = PDQ_NAME(partition)(data, a, b, pivot, &already);
        wasPartitioned = already;
        int64_t leftLen = mid - a, rightLen = b - mid;
        int64_t balanceThreshold = length / 8;
        if (leftLen < rightLen) {
            wasBalanced = leftLen >= balanceThreshold;
            PDQ_NAME(pdq)(data, a, mid, limit);
            a = mid + 1;
        } else {
            wasBalanced = rightLen >= balanceThreshold;
            PDQ_NAME(pdq)(data, mid + 1, b, limit);
            b = mid;
        }
    }
}

static void PDQ_NAME(sort)(PDQ_T *data, int64_t n) {
    PDQ_NAME(pdq)(data, 0, n, pdq_bits_len((uint64_t)n));
}

#undef PDQ_SWAP
#undef PDQ_LT
#undef PDQ_NAME
#undef PDQ_T
#undef PDQ_LESS
