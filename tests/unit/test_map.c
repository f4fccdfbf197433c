/* test_map.c — vm/map.c: Go map semantics, iteration rules, races. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "../../compiler/types.h"
#include "../../util/mem.h"
#include "../../vm/map.h"
#include "../../vm/rtpanic.h"

static void setup(void) {
    mem_init();
    types_init();
}

static Type *lay(Type *t) {
    types_layout(t);
    return t;
}

static Type *maptype(Type *k, Type *v) { return lay(types_map(lay(k), lay(v))); }

static const char *take_panic(void) {
    if (!rt_pending_panic()) return NULL;
    return rt_take_panic().msg;
}

static GoString S(const char *s) { return gostr_from_c(s); }

Test(map, int_keys_insert_lookup_delete, .init = setup) {
    GoMap *m = map_new(maptype(ty_int, ty_int), 0);
    cr_assert_eq(m->kclass, MAPK_WORD);
    enum { N = 200000 };
    for (int64_t i = 0; i < N; i++) *(int64_t *)map_assign(m, &i) = i * 3;
    cr_assert_eq(map_len(m), N);
    for (int64_t i = 0; i < N; i++) {
        int64_t *v = map_access(m, &i);
        cr_assert_not_null(v, "key %ld", (long)i);
        cr_assert_eq(*v, i * 3);
    }
    int64_t absent = N + 5;
    cr_assert_null(map_access(m, &absent));
    for (int64_t i = 0; i < N; i += 2) map_delete(m, &i);
    cr_assert_eq(map_len(m), N / 2);
    for (int64_t i = 0; i < N; i++) {
        int64_t *v = map_access(m, &i);
        if (i % 2 == 0) cr_assert_null(v);
        else cr_assert_eq(*v, i * 3);
    }
    /* reinsert after deletes: compaction keeps everything reachable */
    for (int64_t i = 0; i < N; i += 2) *(int64_t *)map_assign(m, &i) = -i;
    cr_assert_eq(map_len(m), N);
    for (int64_t i = 0; i < N; i++) cr_assert_eq(*(int64_t *)map_access(m, &i), i % 2 ? i * 3 : -i);
    cr_assert_null(take_panic());
}

Test(map, fast_paths_agree, .init = setup) {
    GoMap *m = map_new(maptype(ty_int, ty_int), 10);
    for (uint64_t i = 0; i < 1000; i++) *(int64_t *)map_assign_word(m, i * 7919) = (int64_t)i;
    for (uint64_t i = 0; i < 1000; i++) {
        uint64_t k = i * 7919;
        cr_assert_eq(*(int64_t *)map_access(m, &k), (int64_t)i);
        cr_assert_eq(*(int64_t *)map_access_word(m, k), (int64_t)i);
    }
    GoMap *s = map_new(maptype(ty_string, ty_int), 0);
    cr_assert_eq(s->kclass, MAPK_STRING);
    char buf[32];
    for (int i = 0; i < 1000; i++) {
        snprintf(buf, sizeof buf, "w%d", i);
        (*(int64_t *)map_assign_str(s, S(buf)))++;
        GoString k = S(buf);
        (*(int64_t *)map_assign(s, &k))++;
    }
    cr_assert_eq(map_len(s), 1000);
    for (int i = 0; i < 1000; i++) {
        snprintf(buf, sizeof buf, "w%d", i);
        cr_assert_eq(*(int64_t *)map_access_str(s, S(buf)), 2);
    }
    cr_assert_null(map_access_str(s, S("nope")));
}

Test(map, word_count, .init = setup) {
    const char *text = "the quick brown fox jumps over the lazy dog the fox";
    GoMap *m = map_new(maptype(ty_string, ty_int), 0);
    const char *p = text;
    while (*p) {
        const char *q = strchr(p, ' ');
        size_t n = q ? (size_t)(q - p) : strlen(p);
        GoString w = {(const uint8_t *)p, (int64_t)n};
        (*(int64_t *)map_assign(m, &w))++;
        p += n + (q ? 1 : 0);
    }
    cr_expect_eq(map_len(m), 8);
    GoString the = S("the"), fox = S("fox"), dog = S("dog");
    cr_expect_eq(*(int64_t *)map_access(m, &the), 3);
    cr_expect_eq(*(int64_t *)map_access(m, &fox), 2);
    cr_expect_eq(*(int64_t *)map_access(m, &dog), 1);
}

Test(map, float_keys_nan_and_zero, .init = setup) {
    GoMap *m = map_new(maptype(ty_float64, ty_int), 0);
    cr_assert_eq(m->kclass, MAPK_GENERIC);
    double nan1 = NAN;
    for (int i = 0; i < 3; i++) *(int64_t *)map_assign(m, &nan1) = i;
    cr_expect_eq(map_len(m), 3, "each NaN insert adds an entry");
    cr_expect_null(map_access(m, &nan1), "NaN is never found");
    map_delete(m, &nan1);
    cr_expect_eq(map_len(m), 3, "NaN entries cannot be deleted");
    double pz = 0.0, nz = -0.0;
    *(int64_t *)map_assign(m, &pz) = 1;
    *(int64_t *)map_assign(m, &nz) = 2;
    cr_expect_eq(map_len(m), 4);
    cr_expect_eq(*(int64_t *)map_access(m, &pz), 2);
    /* the stored key was updated to -0, as gc does */
    MapIter it;
    map_iter_init(m, &it);
    void *k, *v;
    int nans = 0, zeros = 0;
    while (map_iter_next(&it, &k, &v)) {
        double d = *(double *)k;
        if (d != d) nans++;
        else {
            zeros++;
            cr_expect(signbit(d));
        }
    }
    cr_expect_eq(nans, 3);
    cr_expect_eq(zeros, 1);
    map_clear(m);
    cr_expect_eq(map_len(m), 0, "clear removes NaN entries too");
}

Test(map, interface_keys, .init = setup) {
    GoMap *m = map_new(maptype(ty_any, ty_int), 0);
    GoIface i1 = {ty_int, 1}, i64 = {ty_int64, 1}, nilk = {0};
    GoString str = S("1");
    GoIface s1 = {ty_string, val_box(ty_string, &str)};
    *(int64_t *)map_assign(m, &i1) = 10;
    *(int64_t *)map_assign(m, &i64) = 20;
    *(int64_t *)map_assign(m, &s1) = 30;
    *(int64_t *)map_assign(m, &nilk) = 40;
    cr_expect_eq(map_len(m), 4);
    GoString str2 = S("1");
    GoIface s2 = {ty_string, val_box(ty_string, &str2)};
    cr_expect_eq(*(int64_t *)map_access(m, &s2), 30);
    cr_expect_eq(*(int64_t *)map_access(m, &i64), 20);
    cr_expect_eq(*(int64_t *)map_access(m, &nilk), 40);
    cr_expect_null(take_panic());
    /* unhashable dynamic type: panics on assign, access and delete */
    Type *si = lay(types_slice(ty_int));
    GoSlice sl = {0};
    GoIface bad = {si, val_box(si, &sl)};
    cr_expect_null(map_assign(m, &bad));
    cr_expect_str_eq(take_panic(), "hash of unhashable type []int");
    cr_expect_null(map_access(m, &bad));
    cr_expect_str_eq(take_panic(), "hash of unhashable type []int");
    map_delete(m, &bad);
    cr_expect_str_eq(take_panic(), "hash of unhashable type []int");
    cr_expect_eq(map_len(m), 4);
    GoMap *empty = map_new(maptype(ty_any, ty_int), 0);
    cr_expect_null(map_access(empty, &bad));
    cr_expect_str_eq(take_panic(), "hash of unhashable type []int", "even on an empty map");
    map_check_key(empty->type, &bad);
    cr_expect_str_eq(take_panic(), "hash of unhashable type []int", "nil maps: map_check_key");
    map_check_key(empty->type, &i1);
    cr_expect_null(take_panic());
}

Test(map, struct_and_array_keys, .init = setup) {
    Field f[2] = {{ast_intern("X", 1), ty_int, 0, false, true, NULL},
                  {ast_intern("Y", 1), ty_int, 0, false, true, NULL}};
    Type *pt = lay(types_struct(f, 2));
    GoMap *m = map_new(maptype(pt, ty_string), 0);
    cr_assert_eq(m->kclass, MAPK_MEM);
    for (int64_t x = 0; x < 50; x++)
        for (int64_t y = 0; y < 50; y++) {
            int64_t k[2] = {x, y};
            *(GoString *)map_assign(m, k) = S(x == y ? "diag" : "off");
        }
    cr_expect_eq(map_len(m), 2500);
    int64_t k[2] = {7, 7};
    cr_expect_eq(((GoString *)map_access(m, k))->len, 4);

    Field g[2] = {{ast_intern("Name", 4), ty_string, 0, false, true, NULL},
                  {ast_intern("Age", 3), ty_int, 0, false, true, NULL}};
    Type *pers = lay(types_struct(g, 2));
    GoMap *pm = map_new(maptype(pers, ty_int), 0);
    cr_assert_eq(pm->kclass, MAPK_GENERIC);
    struct { GoString n; int64_t a; } a = {S("bob"), 30}, b = {S("bob"), 30}, c = {S("bob"), 31};
    *(int64_t *)map_assign(pm, &a) = 1;
    *(int64_t *)map_assign(pm, &b) += 1;
    *(int64_t *)map_assign(pm, &c) = 5;
    cr_expect_eq(map_len(pm), 2);
    cr_expect_eq(*(int64_t *)map_access(pm, &a), 2);

    Type *a3 = lay(types_array(ty_int8, 3));
    GoMap *am = map_new(maptype(a3, ty_bool), 0);
    int8_t k1[8] = {1, 2, 3}, k2[8] = {1, 2, 3, 99}; /* padding differs: same key */
    *(uint64_t *)map_assign(am, k1) = 1;
    cr_expect_not_null(map_access(am, k2));
    cr_expect_eq(map_len(am), 1);
}

Test(map, zero_size_values_and_nil_map, .init = setup) {
    Type *empty = lay(types_struct(NULL, 0));
    GoMap *set = map_new(maptype(ty_string, empty), 0);
    GoString a = S("a");
    cr_expect_not_null(map_assign(set, &a));
    cr_expect_not_null(map_access(set, &a));
    GoString b = S("b");
    cr_expect_null(map_access(set, &b));
    cr_expect_eq(map_len(set), 1);

    cr_expect_null(map_access(NULL, &a));
    cr_expect_eq(map_len(NULL), 0);
    map_delete(NULL, &a);
    cr_expect_null(take_panic());
    cr_expect_null(map_assign(NULL, &a));
    RtPanic p = rt_take_panic();
    cr_expect_eq(p.kind, RTP_PLAIN);
    cr_expect_str_eq(p.msg, "assignment to entry in nil map");
    MapIter it;
    void *k, *v;
    map_iter_init(NULL, &it);
    cr_expect(!map_iter_next(&it, &k, &v));
}

/* Collect an iteration's keys (int maps). */
static int iterate(GoMap *m, int64_t *out, int max) {
    MapIter it;
    map_iter_init(m, &it);
    void *k, *v;
    int n = 0;
    while (map_iter_next(&it, &k, &v) && n < max) out[n++] = *(int64_t *)k;
    return n;
}

Test(map, iteration_each_once_random_start, .init = setup) {
    GoMap *m = map_new(maptype(ty_int, ty_int), 0);
    for (int64_t i = 0; i < 100; i++) *(int64_t *)map_assign(m, &i) = i;
    int64_t keys[200];
    int firsts[100] = {0};
    for (int round = 0; round < 50; round++) {
        int n = iterate(m, keys, 200);
        cr_assert_eq(n, 100);
        bool seen[100] = {false};
        for (int i = 0; i < n; i++) {
            cr_assert(!seen[keys[i]], "key %ld twice", (long)keys[i]);
            seen[keys[i]] = true;
        }
        firsts[keys[0]]++;
    }
    int distinct = 0;
    for (int i = 0; i < 100; i++) distinct += firsts[i] > 0;
    cr_expect(distinct >= 5, "iteration order must vary (saw %d distinct starts)", distinct);
}

Test(map, delete_during_iteration, .init = setup) {
    GoMap *m = map_new(maptype(ty_int, ty_int), 0);
    enum { N = 1000 };
    for (int64_t i = 0; i < N; i++) *(int64_t *)map_assign(m, &i) = i;
    MapIter it;
    map_iter_init(m, &it);
    void *k, *v;
    bool seen[N] = {false}, deleted[N] = {false};
    int produced = 0;
    while (map_iter_next(&it, &k, &v)) {
        int64_t key = *(int64_t *)k;
        cr_assert(!deleted[key], "deleted key %ld produced", (long)key);
        cr_assert(!seen[key]);
        seen[key] = true;
        produced++;
        /* delete the key's "partner", possibly not reached yet */
        int64_t partner = (key * 7 + 3) % N;
        if (!seen[partner] && !deleted[partner]) {
            map_delete(m, &partner);
            deleted[partner] = true;
        }
    }
    for (int i = 0; i < N; i++) cr_assert(seen[i] != deleted[i], "key %d", i);
    int ndel = 0;
    for (int i = 0; i < N; i++) ndel += deleted[i];
    cr_expect_eq(produced + ndel, N);
    cr_expect_eq(map_len(m), N - ndel);
}

Test(map, insert_and_grow_during_iteration, .init = setup) {
    GoMap *m = map_new(maptype(ty_int, ty_int), 0);
    enum { N = 64 };
    for (int64_t i = 0; i < N; i++) *(int64_t *)map_assign(m, &i) = i;
    MapIter it;
    map_iter_init(m, &it);
    void *k, *v;
    static int count[N + 100000];
    int64_t next = N;
    int steps = 0;
    while (map_iter_next(&it, &k, &v)) {
        int64_t key = *(int64_t *)k;
        cr_assert_eq(*(int64_t *)v, key < N ? key : -key, "value of %ld", (long)key);
        count[key]++;
        /* each step adds many entries: the map grows (rebuilds) several times */
        for (int j = 0; j < 1000 && next < N + 100000; j++, next++) *(int64_t *)map_assign(m, &next) = -next;
        /* and updates an original, which must show through after growth */
        if (steps++ == 3) {
            for (int64_t o = 0; o < N; o++) *(int64_t *)map_assign(m, &o) = o;
        }
        cr_assert(steps < 200000, "iteration must terminate");
    }
    for (int i = 0; i < N; i++) cr_assert_eq(count[i], 1, "original key %d produced %d times", i, count[i]);
    for (int i = N; i < N + 100000; i++) cr_assert(count[i] <= 1);
}

Test(map, delete_after_growth_during_iteration, .init = setup) {
    GoMap *m = map_new(maptype(ty_int, ty_int), 0);
    enum { N = 100 };
    for (int64_t i = 0; i < N; i++) *(int64_t *)map_assign(m, &i) = i;
    MapIter it;
    map_iter_init(m, &it);
    void *k, *v;
    cr_assert(map_iter_next(&it, &k, &v));
    int64_t first = *(int64_t *)k;
    /* grow, then delete every original except first: none may be produced */
    for (int64_t i = 1000; i < 5000; i++) *(int64_t *)map_assign(m, &i) = i;
    for (int64_t i = 0; i < N; i++)
        if (i != first) map_delete(m, &i);
    while (map_iter_next(&it, &k, &v)) {
        int64_t key = *(int64_t *)k;
        cr_assert(key >= 1000, "deleted key %ld produced", (long)key);
    }
}

Test(map, clear_during_iteration, .init = setup) {
    GoMap *m = map_new(maptype(ty_int, ty_int), 0);
    for (int64_t i = 0; i < 10; i++) *(int64_t *)map_assign(m, &i) = i;
    MapIter it;
    map_iter_init(m, &it);
    void *k, *v;
    cr_assert(map_iter_next(&it, &k, &v));
    map_clear(m);
    cr_expect(!map_iter_next(&it, &k, &v));
    cr_expect_eq(map_len(m), 0);
    int64_t x = 3;
    cr_expect_null(map_access(m, &x));
    *(int64_t *)map_assign(m, &x) = 9;
    cr_expect_eq(*(int64_t *)map_access(m, &x), 9);
}

Test(map, clone, .init = setup) {
    GoMap *m = map_new(maptype(ty_string, ty_int), 0);
    for (int i = 0; i < 100; i++) {
        char b[16];
        snprintf(b, sizeof b, "k%d", i);
        *(int64_t *)map_assign_str(m, S(b)) = i;
    }
    GoMap *c = map_clone(m);
    cr_expect_eq(map_len(c), 100);
    *(int64_t *)map_assign_str(c, S("k5")) = 500;
    cr_expect_eq(*(int64_t *)map_access_str(m, S("k5")), 5);
    cr_expect_eq(*(int64_t *)map_access_str(c, S("k5")), 500);
    cr_expect_null(map_clone(NULL));
}

Test(map, race_flag_detection, .init = setup) {
    GoMap *m = map_new(maptype(ty_int, ty_int), 0);
    int64_t k = 1;
    *(int64_t *)map_assign(m, &k) = 1;
    m->flags = 1; /* pretend another goroutine is writing */
    cr_expect_not_null(map_access(m, &k));
    RtPanic p = rt_take_panic();
    cr_expect_eq(p.kind, RTP_FATAL);
    cr_expect_str_eq(p.msg, "concurrent map read and map write");
    m->flags = 1;
    cr_expect_not_null(map_assign(m, &k), "the write still completes safely");
    cr_expect_str_eq(take_panic(), "concurrent map writes");
    m->flags = 1;
    MapIter it;
    void *kk, *vv;
    m->flags = 0;
    map_iter_init(m, &it);
    m->flags = 1;
    map_iter_next(&it, &kk, &vv);
    cr_expect_str_eq(take_panic(), "concurrent map iteration and map write");
}

static GoMap *shared;

static void *racer(void *arg) {
    int64_t base = (int64_t)(intptr_t)arg;
    for (int64_t i = 0; i < 200000; i++) {
        int64_t k = (base + i) % 5000;
        if (i % 3 == 0) map_delete(shared, &k);
        else {
            int64_t *v = map_assign(shared, &k);
            if (v) *v = i;
        }
        (void)map_access(shared, &k);
        if (rt_pending_panic()) rt_take_panic();
    }
    return NULL;
}

Test(map, racing_writers_never_crash, .init = setup, .timeout = 60) {
    shared = map_new(maptype(ty_int, ty_int), 0);
    pthread_t t[3];
    for (int i = 0; i < 3; i++) mem_thread_create(&t[i], NULL, racer, (void *)(intptr_t)(i * 1000));
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    int64_t n = map_len(shared);
    cr_expect(n >= 0 && n <= 5000 + 100, "len %ld stays sane", (long)n);
    MapIter it;
    map_iter_init(shared, &it);
    void *k, *v;
    int steps = 0;
    while (map_iter_next(&it, &k, &v)) steps++;
    cr_expect(steps <= 20000);
}

/* ---- dense parts (integer keys) and a randomised model check for every key class ---- */

Test(map, dense_part_forms_and_agrees, .init = setup) {
    GoMap *m = map_new(maptype(ty_int, ty_int), 0);
    cr_assert(m->dense);
    enum { N = 100000 };
    for (int64_t i = 0; i < N; i++) {
        int64_t k = i * 7919 % N;
        *(int64_t *)map_assign(m, &k) = i;
    }
    cr_assert_eq(map_len(m), N);
    cr_expect(m->tab->dsize >= N / 2, "dense part of %lu", (unsigned long)m->tab->dsize);
    int64_t hits = 0, sum = 0;
    for (int64_t i = 0; i < 2 * N; i += 2) {
        int64_t *v = map_access(m, &i);
        if (v) {
            hits++;
            sum += *v;
            cr_assert_eq(*v * 7919 % N, i);
        }
    }
    cr_expect_eq(hits, N / 2);
    /* the dense part's edges: both sides are present and hold their own values */
    int64_t edge = (int64_t)m->tab->dsize;
    cr_assert(edge < N);
    cr_expect_eq(*(int64_t *)map_access(m, &edge) * 7919 % N, edge);
    edge--;
    cr_expect_eq(*(int64_t *)map_access(m, &edge) * 7919 % N, edge);
    int64_t odd[] = {-1, INT64_MIN, INT64_MAX, N, N + 1, 1ll << 40, 1ll << 62};
    for (size_t j = 0; j < sizeof odd / sizeof *odd; j++) cr_expect_null(map_access(m, &odd[j]));
    for (size_t j = 0; j < sizeof odd / sizeof *odd; j++) *(int64_t *)map_assign(m, &odd[j]) = (int64_t)j;
    cr_expect_eq(map_len(m), N + 7);
    for (size_t j = 0; j < sizeof odd / sizeof *odd; j++) cr_expect_eq(*(int64_t *)map_access(m, &odd[j]), (int64_t)j);
    for (int64_t i = 0; i < N; i += 3) map_delete(m, &i);
    cr_expect_eq(map_len(m), N + 7 - (N + 2) / 3);
    for (int64_t i = 0; i < N; i++) {
        int64_t *v = map_access(m, &i);
        if (i % 3 == 0) cr_assert_null(v);
        else cr_assert_not_null(v);
    }
    /* every entry exactly once, from the dense part and the hash part */
    MapIter it;
    map_iter_init(m, &it);
    void *k, *v;
    static unsigned char seen[N];
    memset(seen, 0, sizeof seen);
    int64_t n = 0, extra = 0;
    while (map_iter_next(&it, &k, &v)) {
        int64_t key = *(int64_t *)k;
        n++;
        if (key >= 0 && key < N) {
            cr_assert(!seen[key] && key % 3 != 0, "key %ld", (long)key);
            seen[key] = 1;
            cr_assert_eq(*(int64_t *)v * 7919 % N, key);
        } else {
            extra++;
        }
    }
    cr_expect_eq(n, map_len(m));
    cr_expect_eq(extra, 7);
}

Test(map, dense_small_int_kinds_and_sets, .init = setup) {
    /* int8 keys are sign-extended words: negatives live in the hash part */
    GoMap *m = map_new(maptype(ty_int8, ty_int), 0);
    for (int64_t i = -128; i < 128; i++) *(int64_t *)map_assign(m, &i) = i * 2;
    cr_expect_eq(map_len(m), 256);
    for (int64_t i = -128; i < 128; i++) cr_assert_eq(*(int64_t *)map_access(m, &i), i * 2);
    /* a set: zero-size values in the dense part */
    Type *empty = lay(types_struct(NULL, 0));
    GoMap *s = map_new(maptype(ty_uint, empty), 0);
    for (uint64_t i = 0; i < 5000; i++) cr_assert_not_null(map_assign(s, &i));
    cr_expect(s->tab->dsize > 0);
    for (uint64_t i = 0; i < 10000; i++) {
        if (i < 5000) cr_assert_not_null(map_access(s, &i));
        else cr_assert_null(map_access(s, &i));
    }
    for (uint64_t i = 0; i < 5000; i += 2) map_delete(s, &i);
    cr_expect_eq(map_len(s), 2500);
    /* a hint keeps everything in the hash part until a rebuild; results agree */
    GoMap *h = map_new(maptype(ty_int, ty_int), 3000);
    for (int64_t i = 0; i < 3000; i++) *(int64_t *)map_assign(h, &i) = i;
    cr_expect_eq(h->tab->dsize, 0);
    for (int64_t i = 3000; i < 9000; i++) *(int64_t *)map_assign(h, &i) = i;
    cr_expect(h->tab->dsize > 0);
    for (int64_t i = 0; i < 9000; i++) cr_assert_eq(*(int64_t *)map_access(h, &i), i);
}

Test(map, dense_values_with_pointers_clone_clear, .init = setup) {
    GoMap *m = map_new(maptype(ty_int, ty_string), 0);
    cr_assert(m->has_ptrs && m->dense);
    char b[32];
    for (int64_t i = 0; i < 3000; i++) {
        snprintf(b, sizeof b, "v%ld", (long)i);
        *(GoString *)map_assign(m, &i) = gostr_from_buf(b, strlen(b));
    }
    int64_t big = 1ll << 50;
    *(GoString *)map_assign(m, &big) = S("big");
    GoMap *c = map_clone(m);
    cr_expect_eq(map_len(c), 3001);
    for (int64_t i = 0; i < 3000; i++) {
        snprintf(b, sizeof b, "v%ld", (long)i);
        GoString *v = map_access(c, &i);
        cr_assert(v && gostr_eq(*v, S(b)));
    }
    cr_expect(gostr_eq(*(GoString *)map_access(c, &big), S("big")));
    int64_t k5 = 5;
    *(GoString *)map_assign(c, &k5) = S("changed");
    cr_expect(gostr_eq(*(GoString *)map_access(m, &k5), S("v5")), "clone is independent");
    map_clear(m);
    cr_expect_eq(map_len(m), 0);
    cr_expect_null(map_access(m, &k5));
    cr_expect_null(map_access(m, &big));
    MapIter it;
    void *k, *v;
    map_iter_init(m, &it);
    cr_expect(!map_iter_next(&it, &k, &v));
    *(GoString *)map_assign(m, &k5) = S("again");
    cr_expect_eq(map_len(m), 1);
    cr_expect_eq(map_len(c), 3001);
}

Test(map, dense_part_shared_by_hash_rebuilds, .init = setup) {
    GoMap *m = map_new(maptype(ty_int, ty_int), 0);
    enum { N = 100000, S = 20000 };
    for (int64_t i = 0; i < N; i++) *(int64_t *)map_assign(m, &i) = i;
    uint8_t *dvals = m->tab->dvals;
    cr_assert(m->tab->dsize >= N / 2);
    MapIter it;
    map_iter_init(m, &it);
    /* sparse keys fill and rebuild the hash part many times: the dense part is not copied */
    MapTable *t0 = m->tab;
    for (int64_t i = 0; i < S; i++) {
        int64_t k = (1ll << 40) + i * 7;
        *(int64_t *)map_assign(m, &k) = -i;
    }
    cr_expect(m->tab != t0, "the hash part was rebuilt");
    cr_expect_eq(m->tab->dvals, dvals, "dense part shared, not copied");
    cr_expect_eq(map_len(m), N + S);
    for (int64_t i = 0; i < N; i++) cr_assert_eq(*(int64_t *)map_access(m, &i), i);
    for (int64_t i = 0; i < S; i++) {
        int64_t k = (1ll << 40) + i * 7;
        cr_assert_eq(*(int64_t *)map_access(m, &k), -i);
    }
    /* the iterator started before still produces each original exactly once */
    static unsigned char seen[N];
    memset(seen, 0, sizeof seen);
    void *k, *v;
    int64_t originals = 0;
    while (map_iter_next(&it, &k, &v)) {
        int64_t key = *(int64_t *)k;
        if (key >= 0 && key < N) {
            cr_assert(!seen[key]);
            seen[key] = 1;
            originals++;
        }
    }
    cr_expect_eq(originals, N);
    /* a clone owns its dense part */
    GoMap *c = map_clone(m);
    cr_expect_neq(c->tab->dvals, m->tab->dvals);
    int64_t z = 0;
    *(int64_t *)map_assign(c, &z) = 77;
    cr_expect_eq(*(int64_t *)map_access(m, &z), 0);
    /* deleting most dense keys then rebuilding shrinks the dense part */
    for (int64_t i = 0; i < N; i++)
        if (i % 10) map_delete(m, &i);
    for (int64_t i = 0; i < 3 * S; i++) {
        int64_t k2 = (1ll << 41) + i;
        *(int64_t *)map_assign(m, &k2) = i;
    }
    cr_expect(m->tab->dsize < N / 2, "dense part of %lu after deletes", (unsigned long)m->tab->dsize);
    for (int64_t i = 0; i < N; i++) {
        int64_t *p = map_access(m, &i);
        if (i % 10) cr_assert_null(p);
        else cr_assert(p && *p == i);
    }
    cr_expect_eq(map_len(m), N / 10 + S + 3 * S);
}

Test(map, dense_iteration_through_rebuilds, .init = setup) {
    GoMap *m = map_new(maptype(ty_int, ty_int), 0);
    enum { N = 1000 };
    for (int64_t i = 0; i < N; i++) *(int64_t *)map_assign(m, &i) = i;
    cr_assert(m->tab->dsize > 0);
    MapIter it;
    map_iter_init(m, &it);
    void *k, *v;
    static int count[4 * N];
    memset(count, 0, sizeof count);
    bool deleted[N] = {false};
    int64_t next = N, steps = 0;
    while (map_iter_next(&it, &k, &v)) {
        int64_t key = *(int64_t *)k;
        cr_assert(key >= 0 && key < 4 * N);
        if (key < N) cr_assert(!deleted[key], "deleted key %ld produced", (long)key);
        cr_assert_eq(*(int64_t *)v, key < N && steps >= 10 ? key + 1 : key, "value of %ld", (long)key);
        count[key]++;
        /* grow the dense part (rebuilds), hash keys, update and delete originals */
        for (int j = 0; j < 10 && next < 4 * N; j++, next++) *(int64_t *)map_assign(m, &next) = next;
        if (++steps == 10)
            for (int64_t o = 0; o < N; o++)
                if (!deleted[o]) *(int64_t *)map_assign(m, &o) = o + 1;
        int64_t d = (key * 13 + 7) % N;
        if (count[d] == 0 && !deleted[d]) {
            map_delete(m, &d);
            deleted[d] = true;
        }
    }
    for (int i = 0; i < N; i++) cr_assert_eq(count[i], deleted[i] ? 0 : 1, "original %d produced %d times", i, count[i]);
    for (int i = N; i < 4 * N; i++) cr_assert(count[i] <= 1);
}

/* Randomised check against a model, for each key class: a pool of keys (index i ↔ key),
 * values i << 20 | version; random inserts, updates, deletes, lookups, clears, clones and
 * iterations with mutations during them, checking Go's iteration rules. */
typedef void (*MkKey)(int idx, void *out);

enum { POOL = 700 };

static void mk_int(int i, void *out) {
    int64_t k;
    if (i < 400) k = i;                                    /* dense candidates */
    else if (i < 500) k = -(int64_t)(i - 399);             /* negatives */
    else if (i < 600) k = (int64_t)((uint64_t)i * 0x9e3779b97f4a7c15ull >> 1);
    else k = 400 + (int64_t)(i - 600) * 37;                /* sparse above the dense range */
    memcpy(out, &k, 8);
}
static void mk_str(int i, void *out) {
    char b[32];
    snprintf(b, sizeof b, i % 7 ? "key-%d" : "%d", i);
    GoString s = gostr_from_buf(b, strlen(b));
    memcpy(out, &s, sizeof s);
}
static void mk_f64(int i, void *out) {
    double d = i == 0 ? -0.0 : (i % 2 ? i * 0.5 : -i * 1.25);
    memcpy(out, &d, 8);
}
static void mk_pair(int i, void *out) {
    int64_t k[2] = {i % 13, i / 13};
    memcpy(out, k, 16);
}

static int key_index(MkKey mk, const void *key, size_t ksize) {
    uint8_t buf[16];
    for (int i = 0; i < POOL; i++) {
        mk(i, buf);
        if (mk == mk_str) {
            if (gostr_eq(*(GoString *)buf, *(const GoString *)key)) return i;
        } else if (mk == mk_f64) {
            if (*(double *)buf == *(const double *)key) return i;
        } else if (memcmp(buf, key, ksize) == 0) {
            return i;
        }
    }
    return -1;
}

static uint64_t rng_state = 88172645463325252ull;
static uint64_t rnd(uint64_t n) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state % n;
}

typedef struct Model { int64_t val[POOL]; bool present[POOL]; int64_t len; } Model;

static void model_set(GoMap *m, Model *md, MkKey mk, int i, int64_t version) {
    uint8_t key[16];
    mk(i, key);
    int64_t *v = map_assign(m, key);
    cr_assert_not_null(v);
    *v = (int64_t)i << 20 | version;
    if (!md->present[i]) md->len++;
    md->present[i] = true;
    md->val[i] = *v;
}

static void model_del(GoMap *m, Model *md, MkKey mk, int i) {
    uint8_t key[16];
    mk(i, key);
    map_delete(m, key);
    if (md->present[i]) md->len--;
    md->present[i] = false;
}

static void model_check_all(GoMap *m, Model *md, MkKey mk) {
    uint8_t key[16];
    cr_assert_eq(map_len(m), md->len);
    for (int i = 0; i < POOL; i++) {
        mk(i, key);
        int64_t *v = map_access(m, key);
        if (md->present[i]) {
            cr_assert_not_null(v, "key %d missing", i);
            cr_assert_eq(*v, md->val[i]);
        } else {
            cr_assert_null(v, "key %d present", i);
        }
    }
}

static void model_iterate(GoMap *m, Model *md, MkKey mk, size_t ksize, int64_t *version) {
    static int produced[POOL];
    bool at_start[POOL], deleted[POOL] = {false}, added[POOL] = {false};
    memset(produced, 0, sizeof produced);
    memcpy(at_start, md->present, sizeof at_start);
    int mode = (int)rnd(3); /* 0: read only, 1: light mutation, 2: heavy (rebuilds) */
    MapIter it;
    map_iter_init(m, &it);
    void *k, *v;
    int64_t n = 0;
    while (map_iter_next(&it, &k, &v)) {
        int i = key_index(mk, k, ksize);
        cr_assert(i >= 0, "unknown key produced");
        cr_assert(md->present[i], "key %d produced but not present", i);
        cr_assert_eq(*(int64_t *)v, md->val[i], "key %d: stale value", i);
        cr_assert(produced[i] == 0, "key %d produced twice", i);
        produced[i]++;
        cr_assert(++n <= 2 * POOL);
        if (mode == 0) continue;
        int ops = mode == 1 ? 1 : (int)rnd(40);
        for (int j = 0; j < ops; j++) {
            int x = (int)rnd(POOL);
            uint64_t r = rnd(10);
            if (r < 4) {
                if (deleted[x]) continue; /* no re-adds: "at most once" stays checkable */
                if (!md->present[x]) added[x] = true;
                model_set(m, md, mk, x, ++*version & 0xfffff);
            } else if (r < 7) {
                if (!md->present[x]) continue;
                model_del(m, md, mk, x);
                deleted[x] = true;
            }
        }
    }
    for (int i = 0; i < POOL; i++) {
        if (at_start[i] && !deleted[i]) cr_assert_eq(produced[i], 1, "key %d present throughout, produced %d", i, produced[i]);
        if (!at_start[i] && !added[i]) cr_assert_eq(produced[i], 0);
    }
}

static void model_run(Type *kt, MkKey mk, int rounds) {
    GoMap *m = map_new(maptype(kt, ty_int), rnd(3) == 0 ? (int64_t)rnd(500) : 0);
    size_t ksize = (size_t)m->ksize;
    static Model md;
    memset(&md, 0, sizeof md);
    int64_t version = 0;
    int phase_len = 2000;
    for (int r = 0; r < rounds; r++) {
        /* phases bias towards growing or shrinking, so tables grow, empty and rebuild */
        bool grow = (r / phase_len) % 2 == 0;
        uint64_t op = rnd(1000);
        int i = (int)rnd(POOL);
        if (op < (grow ? 550u : 300u)) {
            model_set(m, &md, mk, i, ++version & 0xfffff);
        } else if (op < 900) {
            model_del(m, &md, mk, i);
        } else if (op < 990) {
            uint8_t key[16];
            mk(i, key);
            int64_t *v = map_access(m, key);
            if (md.present[i]) cr_assert(v && *v == md.val[i]);
            else cr_assert_null(v);
        } else if (op < 996) {
            model_iterate(m, &md, mk, ksize, &version);
        } else if (op < 998) {
            GoMap *c = map_clone(m);
            model_check_all(c, &md, mk);
            int x = (int)rnd(POOL);
            uint8_t key[16];
            mk(x, key);
            *(int64_t *)map_assign(c, key) = -1; /* the original does not see it */
        } else if (op < 999) {
            model_check_all(m, &md, mk);
        } else if (rnd(5) == 0) {
            map_clear(m);
            memset(&md, 0, sizeof md);
        }
        cr_assert_null(take_panic());
    }
    model_check_all(m, &md, mk);
}

Test(map, model_int_keys, .init = setup, .timeout = 120) { model_run(ty_int, mk_int, 60000); }
Test(map, model_string_keys, .init = setup, .timeout = 120) { model_run(ty_string, mk_str, 40000); }
Test(map, model_float_keys, .init = setup, .timeout = 120) { model_run(ty_float64, mk_f64, 40000); }
Test(map, model_word_struct_and_pair_keys, .init = setup, .timeout = 120) {
    Field f[1] = {{ast_intern("V", 1), ty_int, 0, false, true, NULL}};
    Type *one = lay(types_struct(f, 1)); /* MAPK_WORD but not an integer: no dense part */
    GoMap *probe = map_new(maptype(one, ty_int), 0);
    cr_assert_eq(probe->kclass, MAPK_WORD);
    cr_assert(!probe->dense);
    model_run(one, mk_int, 40000);
    Type *pair = lay(types_array(ty_int, 2));
    model_run(pair, mk_pair, 40000);
}

Test(map, racing_writers_dense_never_crash, .init = setup, .timeout = 60) {
    shared = map_new(maptype(ty_int, ty_int), 0);
    for (int64_t i = 0; i < 5000; i++) *(int64_t *)map_assign(shared, &i) = i;
    cr_assert(shared->tab->dsize > 0);
    pthread_t t[3];
    for (int i = 0; i < 3; i++) mem_thread_create(&t[i], NULL, racer, (void *)(intptr_t)(i * 1000));
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    int64_t n = map_len(shared);
    cr_expect(n >= 0 && n <= 5000 + 100, "len %ld stays sane", (long)n);
    MapIter it;
    map_iter_init(shared, &it);
    void *k, *v;
    int steps = 0;
    while (map_iter_next(&it, &k, &v)) steps++;
    cr_expect(steps <= 20000);
    while (rt_pending_panic()) rt_take_panic();
}
