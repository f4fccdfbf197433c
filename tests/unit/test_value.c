/* test_value.c — vm/value.c: Go ==, hashing, boxing, packed elements. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>
#include "../../compiler/types.h"
#include "../../util/mem.h"
#include "../../vm/rtpanic.h"
#include "../../vm/value.h"

static Pkg mainpkg = {"main", "main", NULL, false};

static void setup(void) {
    mem_init();
    types_init();
}

static Type *mkstruct2(const char *a, Type *ta, const char *b, Type *tb) {
    Field f[2] = {{ast_intern(a, strlen(a)), ta, 0, false, a[0] >= 'A' && a[0] <= 'Z', NULL},
                  {ast_intern(b, strlen(b)), tb, 0, false, b[0] >= 'A' && b[0] <= 'Z', NULL}};
    Type *t = types_struct(f, 2);
    types_layout(t);
    return t;
}

static Type *mknamed(const char *name, Type *u) {
    Type *t = types_named(ast_intern(name, strlen(name)), &mainpkg, NULL);
    types_set_underlying(t, u);
    types_layout(t);
    return t;
}

static Type *lay(Type *t) {
    types_layout(t);
    return t;
}

static GoString S(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

static double dneg0(void) { return -0.0; }

static const char *take_panic(void) {
    if (!rt_pending_panic()) return NULL;
    RtPanic p = rt_take_panic();
    return p.msg;
}

Test(value, equal_scalars_and_strings, .init = setup) {
    int64_t a = 5, b = 5, c = 6;
    cr_expect(val_equal(ty_int, &a, &b));
    cr_expect(!val_equal(ty_int, &a, &c));
    char buf1[] = "hello", buf2[] = "hello";
    GoString s1 = {(const uint8_t *)buf1, 5}, s2 = {(const uint8_t *)buf2, 5}, s3 = S("hellp");
    GoString e1 = {NULL, 0}, e2 = {(const uint8_t *)buf1, 0};
    cr_expect(val_equal(ty_string, &s1, &s2));
    cr_expect(!val_equal(ty_string, &s1, &s3));
    cr_expect(val_equal(ty_string, &e1, &e2));
    double z = 0.0, nz = dneg0(), nan1 = NAN;
    cr_expect(val_equal(ty_float64, &z, &nz));
    cr_expect(!val_equal(ty_float64, &nan1, &nan1));
}

Test(value, equal_structs_and_arrays, .init = setup) {
    Type *st = mkstruct2("A", ty_int, "s", ty_string);
    struct { int64_t a; GoString s; } x = {1, S("x")}, y = {1, S("x")}, z = {1, S("y")};
    cr_expect(val_equal(st, &x, &y));
    cr_expect(!val_equal(st, &x, &z));

    Type *a8 = lay(types_array(ty_int8, 3)); /* packed: 3 bytes + padding */
    cr_expect_eq(a8->size, 8);
    int8_t p[8] = {1, -2, 3}, q[8] = {1, -2, 3}, r[8] = {1, -2, 4};
    cr_expect(val_equal(a8, p, q));
    cr_expect(!val_equal(a8, p, r));

    Type *af = lay(types_array(ty_float32, 2));
    cr_expect_eq(af->size, 16, "float32 elements are not packed: each is a double word");
    double f1[2] = {1.5, NAN}, f2[2] = {1.5, NAN}, f3[2] = {1.5, dneg0()}, f4[2] = {1.5, 0.0};
    cr_expect(!val_equal(af, f1, f2), "NaN element makes arrays unequal");
    cr_expect(val_equal(af, f3, f4), "-0 == +0 elementwise");
}

Test(value, equal_interfaces, .init = setup) {
    GoIface a = {ty_int, 7}, b = {ty_int, 7}, c = {ty_int64, 7}, nil1 = {0}, nil2 = {0};
    cr_expect(val_equal(ty_any, &a, &b));
    cr_expect(!val_equal(ty_any, &a, &c), "different dynamic types");
    cr_expect(val_equal(ty_any, &nil1, &nil2));
    cr_expect(!val_equal(ty_any, &a, &nil1));
    GoString s = S("str");
    GoIface x = {ty_string, val_box(ty_string, &s)}, y = {ty_string, val_box(ty_string, &s)};
    cr_expect(val_equal(ty_any, &x, &y));
    double nan1 = NAN;
    GoIface n1 = {ty_float64, val_box(ty_float64, &nan1)};
    cr_expect(!val_equal(ty_any, &n1, &n1));
    cr_expect_null(take_panic());
}

Test(value, equal_uncomparable_panics, .init = setup) {
    Type *si = lay(types_slice(ty_int));
    GoSlice sl = {NULL, 0, 0};
    GoIface a = {si, val_box(si, &sl)}, b = {si, val_box(si, &sl)};
    cr_expect(!val_equal(ty_any, &a, &b));
    RtPanic p = rt_take_panic();
    cr_expect_eq(p.kind, RTP_RUNTIME_ERROR);
    cr_expect_str_eq(p.msg, "comparing uncomparable type []int");
    /* different dynamic types: false, no panic (gc checks the types first) */
    GoIface c = {ty_int, 1};
    cr_expect(!val_equal(ty_any, &a, &c));
    cr_expect_null(take_panic());
    /* nested: struct field of interface type holding a map */
    Type *mt = lay(types_map(ty_string, ty_int));
    Type *st = mkstruct2("X", ty_any, "Y", ty_int);
    struct { GoIface x; int64_t y; } s1 = {{mt, 0}, 1}, s2 = {{mt, 0}, 1};
    cr_expect(!val_equal(st, &s1, &s2));
    cr_expect_str_eq(take_panic(), "comparing uncomparable type map[string]int");
}

Test(value, hash_consistent_with_equal, .init = setup) {
    uint64_t seed = 12345;
    double z = 0.0, nz = dneg0();
    cr_expect_eq(val_hash(ty_float64, &z, seed), val_hash(ty_float64, &nz, seed));
    char b1[] = "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz", b2[sizeof b1];
    memcpy(b2, b1, sizeof b1);
    for (int n = 0; n < (int)sizeof b1 - 1; n++) {
        GoString s1 = {(const uint8_t *)b1, n}, s2 = {(const uint8_t *)b2, n};
        cr_assert_eq(val_hash(ty_string, &s1, seed), val_hash(ty_string, &s2, seed), "len %d", n);
    }
    Type *st = mkstruct2("A", ty_int, "B", ty_string);
    struct { int64_t a; GoString s; } x = {1, {(const uint8_t *)b1, 3}}, y = {1, {(const uint8_t *)b2, 3}};
    cr_expect_eq(val_hash(st, &x, seed), val_hash(st, &y, seed));
    GoIface i1 = {st, val_box(st, &x)}, i2 = {st, val_box(st, &y)};
    cr_expect_eq(val_hash(ty_any, &i1, seed), val_hash(ty_any, &i2, seed));
    /* NaN hashes differ (almost surely) */
    double nan1 = NAN;
    uint64_t h1 = val_hash(ty_float64, &nan1, seed), h2 = val_hash(ty_float64, &nan1, seed);
    cr_expect_neq(h1, h2);
    /* different seeds give different hashes */
    int64_t k = 42;
    cr_expect_neq(val_hash(ty_int, &k, 1), val_hash(ty_int, &k, 2));
}

Test(value, hash_spreads_small_ints, .init = setup) {
    /* low bits (used for bucket choice) must differ for consecutive keys */
    int buckets[64] = {0};
    for (int64_t i = 0; i < 6400; i++) buckets[val_hash_word((uint64_t)i, 99) & 63]++;
    for (int b = 0; b < 64; b++) cr_expect(buckets[b] > 50 && buckets[b] < 150, "bucket %d: %d", b, buckets[b]);
}

Test(value, hash_unhashable_panics, .init = setup) {
    Type *si = lay(types_slice(ty_int));
    GoSlice sl = {NULL, 0, 0};
    GoIface a = {si, val_box(si, &sl)};
    val_hash(ty_any, &a, 1);
    cr_expect_str_eq(take_panic(), "hash of unhashable type []int");
    Type *named = mknamed("Fn", lay(types_func(NULL, 0, NULL, 0, false)));
    GoIface f = {named, 0};
    val_hash(ty_any, &f, 1);
    cr_expect_str_eq(take_panic(), "hash of unhashable type main.Fn");
}

Test(value, box_unbox, .init = setup) {
    int64_t v = -9;
    uint64_t d = val_box(ty_int, &v);
    cr_expect_eq((int64_t)d, -9, "word-sized values are stored directly");
    cr_expect_eq(*(const int64_t *)val_unbox_ptr(ty_int, &d), -9);
    GoString s = S("boxed");
    uint64_t ds = val_box(ty_string, &s);
    s.len = 1; /* the box is a copy */
    const GoString *bs = val_unbox_ptr(ty_string, &ds);
    cr_expect_eq(bs->len, 5);
    Type *empty = lay(types_struct(NULL, 0));
    uint64_t de = val_box(empty, &v);
    cr_expect_eq(de, 0);
    cr_expect_not_null(val_unbox_ptr(empty, &de));
}

Test(value, packed_elements, .init = setup) {
    uint8_t raw[8];
    uint64_t w;
    int64_t m1 = -1;
    val_store_elem(ty_int8, raw, &m1);
    cr_expect_eq(raw[0], 0xff);
    val_load_elem(ty_int8, raw, &w);
    cr_expect_eq((int64_t)w, -1);
    val_load_elem(ty_uint8, raw, &w);
    cr_expect_eq(w, 255);
    int64_t big = -30000;
    val_store_elem(ty_int16, raw, &big);
    val_load_elem(ty_int16, raw, &w);
    cr_expect_eq((int64_t)w, -30000);
    val_load_elem(ty_uint16, raw, &w);
    cr_expect_eq(w, (uint64_t)(uint16_t)-30000);
    int64_t i32 = -2000000000;
    val_store_elem(ty_int32, raw, &i32);
    val_load_elem(ty_int32, raw, &w);
    cr_expect_eq((int64_t)w, -2000000000);
    double d = (double)1.1f; /* float32 elements hold the double word as registers do */
    val_store_elem(ty_float32, raw, &d);
    double stored;
    memcpy(&stored, raw, 8);
    cr_expect_eq(stored, (double)1.1f);
    double back;
    val_load_elem(ty_float32, raw, &back);
    cr_expect_eq(back, (double)1.1f);
    bool t = true;
    uint64_t one = t;
    val_store_elem(ty_bool, raw, &one);
    val_load_elem(ty_bool, raw, &w);
    cr_expect_eq(w, 1);
    GoString s = S("multi"), s2;
    val_store_elem(ty_string, &s2, &s);
    cr_expect_eq(s2.len, 5);
}

Test(value, predicates, .init = setup) {
    cr_expect(val_is_memequal(ty_int));
    cr_expect(val_is_memequal(ty_bool));
    cr_expect(!val_is_memequal(ty_float64));
    cr_expect(!val_is_memequal(ty_string));
    cr_expect(val_is_memequal(mkstruct2("A", ty_int, "B", ty_uint8)));
    cr_expect(!val_is_memequal(mkstruct2("A", ty_int, "B", ty_float32)));
    cr_expect(val_is_memequal(lay(types_array(ty_int, 4))));
    cr_expect(val_is_memequal(lay(types_array(ty_uint8, 8))));
    cr_expect(!val_is_memequal(lay(types_array(ty_uint8, 3))), "padding is not part of the value");
    cr_expect(val_has_iface(mkstruct2("A", ty_int, "E", ty_error)));
    cr_expect(!val_has_iface(mkstruct2("A", ty_int, "B", ty_string)));
}

Test(value, alloc_and_strings, .init = setup) {
    void *p = val_alloc(ty_int, 64);
    cr_expect_not_null(p);
    cr_expect_eq(((int64_t *)p)[7], 0);
    GoString a = gostr_from_c("abc"), b = gostr_from_buf("abcd", 3), c = gostr_from_c("abd");
    cr_expect(gostr_eq(a, b));
    cr_expect(a.ptr != b.ptr);
    cr_expect_eq(gostr_cmp(a, c), -1);
    cr_expect_eq(gostr_cmp(c, a), 1);
    cr_expect_eq(gostr_cmp(a, gostr_from_c("ab")), 1);
    cr_expect_eq(gostr_cmp(gostr_from_c(""), gostr_from_c("")), 0);
}

Test(value, random_and_seed, .init = setup) {
    cr_expect_neq(val_hash_seed(), 0);
    cr_expect_eq(val_hash_seed(), val_hash_seed());
    uint64_t a = val_rand64(), b = val_rand64();
    cr_expect_neq(a, b);
}
