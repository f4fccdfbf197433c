/* test_const.c — constant arithmetic (compiler/const.c, compiler/bigint.c).
 * Expected reprs were checked against gc 1.19's error messages (`go build`), except where noted
 * as Go 1.20+ behaviour. */
#include <criterion/criterion.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "compiler/const.h"
#include "compiler/types.h"
#include "parser/ast.h"
#include "util/mem.h"

static void setup(void) { mem_init(); }

TestSuite(cv, .init = setup);

/* helpers */
static ConstVal *I(const char *lit) {
    ConstVal *v = cv_parse_int(lit);
    cr_assert_not_null(v, "parse int %s", lit);
    return v;
}
static ConstVal *F(const char *lit) {
    ConstVal *v = cv_parse_float(lit);
    cr_assert_not_null(v, "parse float %s", lit);
    return v;
}
static ConstVal *bin(int op, ConstVal *x, ConstVal *y) {
    ConstVal *r = cv_binary(op, x, y, true);
    cr_assert_not_null(r);
    return r;
}
static ConstVal *shl(const char *x, uint64_t n) { return cv_shift(OP_SHL, I(x), n); }
static const char *R(const ConstVal *v) { return cv_string_repr(v); }
#define EXPECT_REPR(v, s) cr_expect_str_eq(R(v), s)
static bool rep(ConstVal *v, int kind) { return cv_representable(v, kind, NULL); }
#define EXPECT_EQ(x, y) cr_expect(cv_compare(OP_EQL, (x), (y)), "%s != %s", R(x), R(y))

/* ---- literals ---- */

Test(cv, parse_int_forms) {
    EXPECT_REPR(I("0"), "0");
    EXPECT_REPR(I("123"), "123");
    EXPECT_REPR(I("1_000_000"), "1000000");
    EXPECT_REPR(I("0xFF"), "255");
    EXPECT_REPR(I("0XfF"), "255");
    EXPECT_REPR(I("0x_1F"), "31");
    EXPECT_REPR(I("0o17"), "15");
    EXPECT_REPR(I("0O17"), "15");
    EXPECT_REPR(I("017"), "15");
    EXPECT_REPR(I("0_17"), "15");
    EXPECT_REPR(I("0b1011"), "11");
    EXPECT_REPR(I("0B1"), "1");
    EXPECT_REPR(I("0b_1_0"), "2");
    EXPECT_REPR(I("18446744073709551615"), "18446744073709551615");
    EXPECT_REPR(I("0xFFFFFFFFFFFFFFFFFFFFFFFF"), "79228162514264337593543950335");
    EXPECT_EQ(I("1606938044258990275541962092341162602522202993782792835301376"), shl("1", 200));
}

Test(cv, parse_int_bad) {
    const char *bad[] = {"", "08", "0x", "0b", "0o", "1__0", "_1", "1_", "0b2", "0o8", "12a", "0x_", "0xg", "1.5", "1e_5", "0_x1"};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++)
        cr_expect_null(cv_parse_int(bad[k]), "accepted %s", bad[k]);
}

Test(cv, parse_float_forms) {
    EXPECT_REPR(F("1.5"), "1.5");
    EXPECT_REPR(F("1."), "1");
    EXPECT_REPR(F(".5"), "0.5");
    EXPECT_REPR(F("1e3"), "1000");
    EXPECT_REPR(F("1E-3"), "0.001");
    EXPECT_REPR(F("1e+100"), "1e+100");
    EXPECT_REPR(F("0x1p-2"), "0.25");
    EXPECT_REPR(F("0x1.8p1"), "3");
    EXPECT_REPR(F("0X.8p0"), "0.5");
    EXPECT_REPR(F("0x_1p4"), "16");
    EXPECT_REPR(F("1_000.5"), "1000.5");
    EXPECT_REPR(F("01.5"), "1.5");
    EXPECT_REPR(F("089.5"), "89.5");
    EXPECT_REPR(F("1e1_0"), "1e+10");
    EXPECT_REPR(F("0x1ep1"), "60");
    EXPECT_REPR(F("0x1p1_0"), "1024");
    EXPECT_REPR(F("0.1"), "0.1");
    EXPECT_REPR(F("3.14159265358979323846264338327950288419716939937510582097494459"), "3.14159");
    cr_expect_eq(cv_float64_val(F("0.1")), 0.1);
    cr_expect_eq(cv_float64_val(F("0x1p-1074")), 4.9406564584124654e-324);
    cr_expect_eq(cv_float64_val(F("1.7976931348623157e308")), DBL_MAX);
    cr_expect(cv_is_int(F("1e3")));
    cr_expect(!cv_is_int(F("1.5")));
}

Test(cv, parse_float_bad) {
    const char *bad[] = {"", ".", "1e", "1e+", "0x1.8", "0x.p1", "1.5x", "1__0.5", "1_.5", "0xp1", "e5", "1e_5", "1_e5", "0x1p_4", "1._5"};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++)
        cr_expect_null(cv_parse_float(bad[k]), "accepted %s", bad[k]);
}

Test(cv, parse_float_extreme_exponents) {
    /* huge or tiny exponents must not take forever */
    ConstVal *tiny = F("1e-400");
    cr_expect_eq(cv_sign(tiny), 1);
    cr_expect_eq(cv_float64_val(tiny), 0.0);
    EXPECT_REPR(tiny, "1e-400");
    EXPECT_REPR(F("1e400"), "1e+400");
    cr_expect(!cv_is_int(F("1e4000")), "gc: floats from 2^4095 up are not integers");
    cr_expect(!rep(F("1e4000"), TY_UNTYPED_INT));
    cr_expect(cv_is_int(F("1e1000")));
    ConstVal *huge = F("1e999999999");
    cr_expect(cv_overflowed(huge));
    ConstVal *z = F("1e-999999999");
    cr_expect_eq(cv_sign(z), 0);
}

/* ---- integer arithmetic ---- */

Test(cv, big_shift_identities) {
    EXPECT_REPR(cv_shift(OP_SHR, shl("1", 100), 98), "4");
    ConstVal *b511 = shl("1", 511);
    cr_expect(!cv_overflowed(b511));
    cr_expect(cv_overflowed(shl("1", 512)));
    cr_expect(!cv_overflowed(bin(OP_SUB, shl("1", 512), I("1"))), "2^512-1 has 512 bits");
    cr_expect(cv_overflowed(bin(OP_MUL, b511, I("2"))));
    EXPECT_REPR(shl("1", 200), "1606938044258990275541962092341162602522202993782792835301376");
    EXPECT_REPR(b511, "6703903964971298549787012499102923063739682910296196688861780721860882015036773488400937149083451713845015929093243025426876941405973284973216824503042048");
    EXPECT_REPR(shl("1", 100), "1267650600228229401496703205376");
    EXPECT_REPR(bin(OP_MUL, I("1000000000000000"), I("1000000000000000")), "1000000000000000000000000000000");
}

Test(cv, huge_values_stay_bounded, .timeout = 10) {
    ConstVal *v = shl("1", 100000);
    cr_expect(cv_overflowed(v));
    cr_expect(cv_overflowed(shl("3", UINT64_MAX)));
    cr_expect(cv_overflowed(cv_binary(OP_SHL, I("1"), I("100000000000000000000000"), true)));
    /* repeated squaring saturates instead of growing */
    ConstVal *x = shl("1", 400);
    for (int k = 0; k < 40; k++) x = bin(OP_MUL, x, x);
    cr_expect(cv_overflowed(x));
    cr_expect(cv_overflowed(bin(OP_ADD, x, I("1"))));
    EXPECT_REPR(cv_shift(OP_SHR, I("12345"), UINT64_MAX), "0");
    EXPECT_REPR(cv_shift(OP_SHR, cv_int64(-12345), UINT64_MAX), "-1");
    EXPECT_REPR(cv_shift(OP_SHL, I("0"), 1000000), "0");
    /* a literal with thousands of digits saturates too */
    char lit[20001];
    memset(lit, '9', 20000);
    lit[20000] = 0;
    cr_expect(cv_overflowed(I(lit)));
}

Test(cv, add_sub_mul) {
    EXPECT_REPR(bin(OP_ADD, I("18446744073709551615"), I("1")), "18446744073709551616");
    EXPECT_REPR(bin(OP_SUB, I("0"), I("18446744073709551616")), "-18446744073709551616");
    EXPECT_REPR(bin(OP_SUB, I("5"), I("7")), "-2");
    EXPECT_REPR(bin(OP_ADD, cv_int64(-5), I("7")), "2");
    EXPECT_REPR(bin(OP_MUL, cv_int64(-4294967296), cv_int64(4294967296)), "-18446744073709551616");
    ConstVal *a = shl("1", 300), *b = bin(OP_SUB, shl("1", 200), I("12345"));
    EXPECT_EQ(bin(OP_SUB, bin(OP_ADD, a, b), b), a);
    EXPECT_EQ(bin(OP_MUL, bin(OP_ADD, a, I("1")), bin(OP_SUB, a, I("1"))), bin(OP_SUB, bin(OP_MUL, a, a), I("1")));
}

Test(cv, division_signs) {
    struct { int64_t a, b, q, r; } cases[] = {
        {7, 2, 3, 1}, {-7, 2, -3, -1}, {7, -2, -3, 1}, {-7, -2, 3, -1}, {6, 3, 2, 0}, {-6, 3, -2, 0}, {1, 5, 0, 1}, {-1, 5, 0, -1},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        ConstVal *a = cv_int64(cases[k].a), *b = cv_int64(cases[k].b);
        cr_expect_eq(cv_int64_val(bin(OP_QUO, a, b)), cases[k].q, "%ld / %ld", (long)cases[k].a, (long)cases[k].b);
        cr_expect_eq(cv_int64_val(bin(OP_REM, a, b)), cases[k].r, "%ld %% %ld", (long)cases[k].a, (long)cases[k].b);
    }
    cr_expect_null(cv_binary(OP_QUO, I("1"), I("0"), true));
    cr_expect_null(cv_binary(OP_REM, I("1"), I("0"), true));
    cr_expect_null(cv_binary(OP_QUO, I("1"), I("0"), false));
    cr_expect_null(cv_binary(OP_QUO, F("1.5"), F("0.0"), false));
    cr_expect_null(cv_binary(OP_REM, F("1.5"), F("1.0"), false), "%% is not defined on floats");
}

Test(cv, big_division_identity) {
    /* q*b + r == a, |r| < |b|, for multi-limb operands of both signs */
    ConstVal *as[] = {bin(OP_ADD, shl("3", 400), I("987654321987654321")), bin(OP_SUB, I("0"), shl("5", 300)),
                      I("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"), bin(OP_SUB, shl("1", 256), I("1"))};
    ConstVal *bs[] = {bin(OP_ADD, shl("7", 150), I("1")), cv_int64(-4294967297), I("0xFFFFFFFF"), I("0x100000000"),
                      cv_int64(-3), bin(OP_SUB, shl("1", 128), I("1")), bin(OP_ADD, shl("1", 64), I("0xFFFFFFFF"))};
    for (size_t i = 0; i < 4; i++)
        for (size_t j = 0; j < 7; j++) {
            ConstVal *a = as[i], *b = bs[j];
            ConstVal *q = bin(OP_QUO, a, b), *r = bin(OP_REM, a, b);
            EXPECT_EQ(bin(OP_ADD, bin(OP_MUL, q, b), r), a);
            ConstVal *ar = cv_sign(r) < 0 ? cv_unary(OP_SUB, r, 0) : r;
            ConstVal *ab = cv_sign(b) < 0 ? cv_unary(OP_SUB, b, 0) : b;
            cr_expect(cv_compare(OP_LSS, ar, ab));
            cr_expect(cv_sign(r) == 0 || cv_sign(r) == cv_sign(a), "remainder has the dividend's sign");
        }
    EXPECT_REPR(bin(OP_QUO, shl("1", 200), shl("1", 100)), "1267650600228229401496703205376");
    EXPECT_REPR(bin(OP_QUO, I("100000000000000000000000000000"), I("7")), "14285714285714285714285714285");
    EXPECT_REPR(bin(OP_REM, I("100000000000000000000000000000"), I("7")), "5");
}

Test(cv, exact_division_gives_float) {
    ConstVal *q = cv_binary(OP_QUO, I("7"), I("2"), false);
    cr_assert_not_null(q);
    cr_expect_eq(q->kind, CV_FLOAT);
    EXPECT_REPR(q, "3.5");
    ConstVal *third = cv_binary(OP_QUO, I("1"), I("3"), false);
    EXPECT_REPR(third, "0.333333");
    ConstVal *one = bin(OP_MUL, third, I("3"));
    cr_expect_eq(one->kind, CV_FLOAT);
    cr_expect(cv_is_int(one), "1/3*3 is exactly 1");
    EXPECT_REPR(bin(OP_QUO, F("7.0"), I("2")), "3.5");
    EXPECT_REPR(cv_binary(OP_QUO, I("6"), I("3"), false), "2");
}

Test(cv, shifts_of_negatives) {
    EXPECT_REPR(cv_shift(OP_SHR, I("1"), 1), "0");
    EXPECT_REPR(cv_shift(OP_SHR, cv_int64(-1), 1), "-1");
    EXPECT_REPR(cv_shift(OP_SHR, cv_int64(-5), 1), "-3");
    EXPECT_REPR(cv_shift(OP_SHR, cv_int64(-4), 1), "-2");
    EXPECT_REPR(cv_shift(OP_SHR, cv_int64(-4), 2), "-1");
    EXPECT_REPR(cv_shift(OP_SHR, cv_int64(-4), 3), "-1");
    EXPECT_REPR(cv_shift(OP_SHR, cv_unary(OP_SUB, shl("1", 100), 0), 99), "-2");
    EXPECT_REPR(cv_shift(OP_SHR, bin(OP_SUB, cv_unary(OP_SUB, shl("1", 100), 0), I("1")), 100), "-2");
    EXPECT_REPR(cv_shift(OP_SHL, cv_int64(-3), 65), "-110680464442257309696");
    EXPECT_REPR(cv_binary(OP_SHL, I("1"), I("10"), true), "1024");
    cr_expect_null(cv_binary(OP_SHL, I("1"), cv_int64(-1), true));
    EXPECT_REPR(cv_binary(OP_SHL, I("1"), F("3.0"), true), "8");
    EXPECT_REPR(cv_binary(OP_SHR, F("256.0"), I("4"), true), "16");
    cr_expect_null(cv_binary(OP_SHL, I("1"), F("3.5"), true));
    cr_expect_null(cv_binary(OP_SHL, F("1.5"), I("3"), true));
    /* an integral float shifts like an integer */
    EXPECT_REPR(cv_shift(OP_SHL, F("2.0"), 3), "16");
    cr_expect_null(cv_shift(OP_SHL, F("2.5"), 3));
}

Test(cv, bitwise) {
    EXPECT_REPR(bin(OP_AND, cv_int64(-1), I("0xFF")), "255");
    EXPECT_REPR(bin(OP_ANDNOT, I("6"), I("3")), "4");
    EXPECT_REPR(bin(OP_OR, cv_int64(-6), I("3")), "-5");
    EXPECT_REPR(bin(OP_XOR, cv_int64(-6), I("3")), "-7");
    EXPECT_REPR(bin(OP_ANDNOT, I("5"), cv_int64(-1)), "0");
    EXPECT_REPR(bin(OP_ANDNOT, cv_int64(-8), I("3")), "-8");
    EXPECT_REPR(bin(OP_AND, cv_int64(-8), cv_int64(-3)), "-8");
    EXPECT_REPR(bin(OP_OR, cv_int64(-8), cv_int64(-3)), "-3");
    EXPECT_REPR(bin(OP_XOR, shl("1", 100), shl("1", 100)), "0");
    EXPECT_REPR(bin(OP_AND, cv_unary(OP_SUB, shl("1", 64), 0), I("0xFFFFFFFFFFFFFFFFFF")), "4703919738795935662080");
    cr_expect_null(cv_binary(OP_AND, F("1.0"), I("1"), true));
}

Test(cv, unary) {
    EXPECT_REPR(cv_unary(OP_XOR, I("0"), 0), "-1");
    EXPECT_REPR(cv_unary(OP_XOR, I("5"), 0), "-6");
    EXPECT_REPR(cv_unary(OP_XOR, cv_int64(-6), 0), "5");
    EXPECT_REPR(cv_unary(OP_XOR, I("1"), 8), "254");
    EXPECT_REPR(cv_unary(OP_XOR, I("0"), 8), "255");
    EXPECT_REPR(cv_unary(OP_XOR, I("0"), 64), "18446744073709551615");
    EXPECT_REPR(cv_unary(OP_XOR, I("0xFFFF"), 32), "4294901760");
    EXPECT_REPR(cv_unary(OP_SUB, I("5"), 0), "-5");
    EXPECT_REPR(cv_unary(OP_SUB, F("1.5"), 0), "-1.5");
    EXPECT_REPR(cv_unary(OP_ADD, F("1.5"), 0), "1.5");
    EXPECT_REPR(cv_unary(OP_NOT, cv_bool(true), 0), "false");
    cr_expect_null(cv_unary(OP_NOT, I("1"), 0));
    cr_expect_null(cv_unary(OP_XOR, F("1.0"), 0));
    cr_expect_null(cv_unary(OP_SUB, cv_string("a", 1), 0));
}

Test(cv, comparisons) {
    cr_expect(cv_compare(OP_LSS, I("1"), I("2")));
    cr_expect(cv_compare(OP_GTR, shl("1", 100), shl("1", 99)));
    cr_expect(cv_compare(OP_LSS, cv_unary(OP_SUB, shl("1", 100), 0), cv_int64(-1)));
    cr_expect(cv_compare(OP_EQL, I("3"), F("3.0")));
    cr_expect(cv_compare(OP_LSS, I("3"), F("3.5")));
    cr_expect(cv_compare(OP_GEQ, F("3.5"), F("3.5")));
    cr_expect(cv_compare(OP_NEQ, F("0.1"), F("0.10000000000000000001")));
    cr_expect(cv_compare(OP_EQL, bin(OP_ADD, F("0.1"), F("0.2")), F("0.3")), "exact: 0.1+0.2 == 0.3");
    cr_expect(cv_compare(OP_EQL, cv_bool(true), cv_bool(true)));
    cr_expect(cv_compare(OP_NEQ, cv_bool(true), cv_bool(false)));
    cr_expect(cv_compare(OP_LSS, cv_string("a", 1), cv_string("ab", 2)));
    cr_expect(cv_compare(OP_LSS, cv_string("a\0b", 3), cv_string("a\1", 2)));
    cr_expect(cv_compare(OP_GTR, cv_string("\xff", 1), cv_string("a", 1)), "bytes compare unsigned");
    cr_expect(cv_compare(OP_EQL, cv_string("x\0y", 3), cv_string("x\0y", 3)));
    ConstVal *t = cv_binary(OP_LEQ, I("2"), I("2"), true);
    cr_expect_eq(t->kind, CV_BOOL);
    cr_expect(t->b);
    cr_expect_null(cv_binary(OP_LSS, cv_bool(true), cv_bool(false), true));
    cr_expect_null(cv_binary(OP_EQL, cv_bool(true), I("1"), true));
}

Test(cv, bool_and_string_ops) {
    EXPECT_REPR(bin(OP_LAND, cv_bool(true), cv_bool(false)), "false");
    EXPECT_REPR(bin(OP_LOR, cv_bool(true), cv_bool(false)), "true");
    ConstVal *s = bin(OP_ADD, cv_string("a\0", 2), cv_string("bc", 2));
    cr_expect_eq(s->slen, 4);
    cr_expect(memcmp(s->s, "a\0bc", 4) == 0);
    cr_expect_null(cv_binary(OP_SUB, cv_string("a", 1), cv_string("b", 1), true));
    cr_expect_null(cv_binary(OP_ADD, cv_string("a", 1), I("1"), true));
}

/* ---- conversions and representability ---- */

Test(cv, to_int_and_float) {
    ConstVal *three = cv_to_int(F("3.0"));
    cr_assert_not_null(three);
    cr_expect_eq(three->kind, CV_INT);
    EXPECT_REPR(three, "3");
    cr_expect_null(cv_to_int(F("3.5")));
    cr_expect_null(cv_to_int(cv_string("3", 1)));
    EXPECT_REPR(cv_trunc_int(cv_unary(OP_SUB, F("3.5"), 0)), "-3");
    EXPECT_REPR(cv_trunc_int(F("3.99")), "3");
    EXPECT_REPR(cv_to_int(F("1e30")), "1000000000000000000000000000000");
    EXPECT_REPR(cv_to_int(bin(OP_MUL, F("1.1"), I("10"))), "11");
    ConstVal *f = cv_to_float(I("5"));
    cr_expect_eq(f->kind, CV_FLOAT);
    EXPECT_REPR(f, "5");
    cr_expect_eq(cv_float64_val(I("9223372036854775809")), 9223372036854775808.0);
    cr_expect_eq(cv_float64_val(I("9007199254740993")), 9007199254740992.0, "ties to even");
    cr_expect_eq(cv_float64_val(I("9007199254740995")), 9007199254740996.0, "ties to even");
    cr_expect_eq(cv_float64_val(F("0x1p-1075")), 0.0, "half the smallest subnormal rounds to even (0)");
    cr_expect_eq(cv_float64_val(F("0x1.8p-1075")), 4.9406564584124654e-324);
    ConstVal *ld = cv_float(0.1L);
    cr_expect_eq(ld->f, 0.1L);
    cr_expect_eq(cv_float64_val(cv_float(-2.5L)), -2.5);
}

Test(cv, extraction) {
    cr_expect_eq(cv_int64_val(cv_int64(-1)), -1);
    cr_expect_eq(cv_uint64_val(cv_int64(-1)), UINT64_MAX);
    cr_expect_eq(cv_uint64_val(I("18446744073709551615")), UINT64_MAX);
    cr_expect_eq(cv_int64_val(cv_int64(INT64_MIN)), INT64_MIN);
    cr_expect_eq(cv_int64_val(F("42.0")), 42);
    cr_expect(cv_fits_int64(cv_int64(INT64_MIN)));
    cr_expect(!cv_fits_int64(shl("1", 63)));
    cr_expect(cv_fits_uint64(shl("1", 63)));
    cr_expect(!cv_fits_uint64(shl("1", 64)));
    cr_expect(!cv_fits_uint64(cv_int64(-1)));
    cr_expect(cv_fits_int64(cv_unary(OP_SUB, F("9223372036854775808.0"), 0)));
    cr_expect(!cv_fits_int64(F("0.5")));
    cr_expect_eq(cv_sign(cv_unary(OP_SUB, F("0.5"), 0)), -1);
    cr_expect_eq(cv_sign(I("0")), 0);
    cr_expect_eq(cv_sign(cv_uint64(7)), 1);
    cr_expect_eq(cv_float64_val(F("1e308")), 1e308);
}

Test(cv, representable_ints) {
    cr_expect(rep(I("127"), TY_INT8));
    cr_expect(!rep(I("128"), TY_INT8));
    cr_expect(rep(cv_int64(-128), TY_INT8));
    cr_expect(!rep(cv_int64(-129), TY_INT8));
    cr_expect(rep(I("255"), TY_UINT8));
    cr_expect(!rep(I("256"), TY_UINT8));
    cr_expect(!rep(cv_int64(-1), TY_UINT));
    cr_expect(!rep(cv_int64(-1), TY_UINT8));
    cr_expect(rep(I("32767"), TY_INT16));
    cr_expect(!rep(I("32768"), TY_INT16));
    cr_expect(rep(I("65535"), TY_UINT16));
    cr_expect(rep(cv_int64(-2147483648), TY_INT32));
    cr_expect(!rep(I("2147483648"), TY_INT32));
    cr_expect(rep(I("4294967295"), TY_UINT32));
    cr_expect(!rep(I("4294967296"), TY_UINT32));
    cr_expect(!rep(shl("1", 63), TY_INT64));
    cr_expect(!rep(shl("1", 63), TY_INT));
    cr_expect(rep(shl("1", 63), TY_UINT64));
    cr_expect(rep(shl("1", 63), TY_UINTPTR));
    cr_expect(rep(cv_unary(OP_SUB, shl("1", 63), 0), TY_INT64));
    cr_expect(!rep(bin(OP_SUB, cv_unary(OP_SUB, shl("1", 63), 0), I("1")), TY_INT64));
    cr_expect(rep(bin(OP_SUB, shl("1", 64), I("1")), TY_UINT));
    cr_expect(!rep(shl("1", 64), TY_UINT64));
    cr_expect(rep(shl("1", 511), TY_UNTYPED_INT));
    cr_expect(!rep(shl("1", 512), TY_UNTYPED_INT));
    cr_expect(rep(I("97"), TY_UNTYPED_RUNE));
    ConstVal *r = NULL;
    cr_expect(cv_representable(F("3.0"), TY_INT, &r));
    cr_assert_not_null(r);
    cr_expect_eq(r->kind, CV_INT);
    EXPECT_REPR(r, "3");
    cr_expect(!rep(F("3.5"), TY_INT));
    cr_expect(!rep(F("3.5"), TY_UNTYPED_INT));
    cr_expect(!rep(F("1e100"), TY_INT64));
    cr_expect(rep(F("1e18"), TY_INT64));
    cr_expect(!rep(F("1000.0"), TY_INT8));
    cr_expect(!rep(cv_string("a", 1), TY_INT));
    cr_expect(!rep(cv_bool(true), TY_INT));
}

Test(cv, representable_floats) {
    cr_expect(!rep(F("1e39"), TY_FLOAT32));
    cr_expect(rep(F("1e38"), TY_FLOAT32));
    cr_expect(rep(F("3.4028234663852886e38"), TY_FLOAT32));
    /* MaxFloat32 + half an ulp is a tie that rounds to even: 2^128, overflow */
    ConstVal *max32 = F("0x1.fffffep127"), *half = F("0x1p103");
    cr_expect(rep(max32, TY_FLOAT32));
    cr_expect(!rep(bin(OP_ADD, max32, half), TY_FLOAT32));
    cr_expect(rep(bin(OP_SUB, bin(OP_ADD, max32, half), I("1")), TY_FLOAT32));
    cr_expect(!rep(cv_unary(OP_SUB, F("1e39"), 0), TY_FLOAT32));
    cr_expect(rep(F("1e38"), TY_COMPLEX64));
    ConstVal *r = NULL;
    cr_expect(cv_representable(F("1e-50"), TY_FLOAT32, &r), "tiny values round to 0");
    cr_expect_eq(cv_sign(r), 0);
    cr_expect(cv_representable(F("0.1"), TY_FLOAT32, &r));
    cr_expect_eq(cv_float64_val(r), (double)0.1f);
    cr_expect(cv_representable(I("16777217"), TY_FLOAT32, &r));
    EXPECT_REPR(r, "1.67772e+07");
    cr_expect_eq(cv_float64_val(r), 16777216.0);
    cr_expect(cv_representable(F("1e-45"), TY_FLOAT32, &r));
    cr_expect_eq(cv_float64_val(r), (double)1e-45f);
    cr_expect(!rep(F("1e309"), TY_FLOAT64));
    cr_expect(rep(F("1e308"), TY_FLOAT64));
    cr_expect(rep(F("1e-400"), TY_FLOAT64));
    cr_expect(rep(shl("1", 511), TY_FLOAT64));
    cr_expect(cv_representable(F("0.1"), TY_FLOAT64, &r));
    cr_expect_eq(cv_float64_val(r), 0.1);
    cr_expect(rep(F("1e400"), TY_UNTYPED_FLOAT));
    cr_expect(rep(I("5"), TY_UNTYPED_FLOAT));
    cr_expect(cv_representable(I("5"), TY_FLOAT64, &r));
    cr_expect_eq(r->kind, CV_FLOAT);
    cr_expect(!rep(cv_string("a", 1), TY_FLOAT64));
}

Test(cv, representable_bool_string) {
    cr_expect(rep(cv_bool(false), TY_BOOL));
    cr_expect(rep(cv_bool(false), TY_UNTYPED_BOOL));
    cr_expect(!rep(cv_bool(false), TY_STRING));
    cr_expect(rep(cv_string("x", 1), TY_STRING));
    cr_expect(rep(cv_string("x", 1), TY_UNTYPED_STRING));
    cr_expect(!rep(I("1"), TY_STRING));
    cr_expect(!rep(I("1"), TY_BOOL));
}

/* ---- formatting ---- */

Test(cv, repr_ints_bools) {
    EXPECT_REPR(I("300"), "300");
    EXPECT_REPR(cv_int64(-129), "-129");
    EXPECT_REPR(cv_int64(INT64_MIN), "-9223372036854775808");
    EXPECT_REPR(cv_uint64(UINT64_MAX), "18446744073709551615");
    EXPECT_REPR(I("1000000000000000000000000000000000000"), "1000000000000000000000000000000000000");
    EXPECT_REPR(cv_bool(true), "true");
    EXPECT_REPR(cv_bool(false), "false");
}

Test(cv, repr_floats) {
    /* as gc 1.19 prints: cannot use X (untyped float constant REPR) ... */
    EXPECT_REPR(F("1e100"), "1e+100");
    EXPECT_REPR(F("1e39"), "1e+39");
    EXPECT_REPR(F("1000.0"), "1000");
    EXPECT_REPR(F("1e-5"), "1e-05");
    EXPECT_REPR(cv_unary(OP_SUB, F("2.5e-7"), 0), "-2.5e-07");
    EXPECT_REPR(F("0.0001"), "0.0001");
    EXPECT_REPR(F("1234567.5"), "1.23457e+06");
    EXPECT_REPR(F("0.000012345678"), "1.23457e-05");
    EXPECT_REPR(F("0x1p-1074"), "4.94066e-324");
    EXPECT_REPR(bin(OP_MUL, F("1.7976931348623157e308"), F("1.5")), "2.69654e+308");
    EXPECT_REPR(bin(OP_ADD, F("0x1.fffffep127"), F("0x1p103")), "3.40282e+38");
    EXPECT_REPR(cv_unary(OP_SUB, F("1e-400"), 0), "-1e-400");
    EXPECT_REPR(bin(OP_MUL, F("0.1"), I("3")), "0.3");
    EXPECT_REPR(bin(OP_MUL, F("1.1"), I("1000")), "1100");
    EXPECT_REPR(F("1e6"), "1e+06");
    EXPECT_REPR(F("1e5"), "100000");
    EXPECT_REPR(F("0.0"), "0");
    EXPECT_REPR(F("1.5"), "1.5");
}

Test(cv, repr_floats_go120_issue56220) {
    /* Go 1.20+ (go/constant, issue 56220): a non-integer whose %.6g form shows no '.' is
     * printed with %g (shortest). gc 1.19 printed "123457", "1", "100000". */
    EXPECT_REPR(F("123456.7"), "123456.7");
    EXPECT_REPR(F("1.0000001"), "1.0000001");
    EXPECT_REPR(bin(OP_ADD, F("1e5"), F("0.5")), "100000.5");
    EXPECT_REPR(F("2.0000001e5"), "200000.01");
    EXPECT_REPR(F("1.00000001e10"), "1e+10"); /* an integer: %.6g stays */
    EXPECT_REPR(F("1.0000001e-5"), "1.0000001e-05");
    EXPECT_REPR(F("1234567.00001"), "1.23457e+06"); /* has a '.': unchanged */
}

Test(cv, repr_strings) {
    EXPECT_REPR(cv_string("hello", 5), "\"hello\"");
    EXPECT_REPR(cv_string("", 0), "\"\"");
    EXPECT_REPR(cv_string("a\"b\\c", 5), "\"a\\\"b\\\\c\"");
    EXPECT_REPR(cv_string("a\0\xff\xc3\xa9\xe2\x80\x8b\t", 9), "\"a\\x00\\xffé\\u200b\\t\"");
    EXPECT_REPR(cv_string("\a\b\f\n\r\v\x7f\x01", 8), "\"\\a\\b\\f\\n\\r\\v\\x7f\\x01\"");
    EXPECT_REPR(cv_string("\xc2\xa0\xc2\xad\xf0\x9f\x98\x80\xef\xbb\xbf", 11), "\"\\u00a0\\u00ad😀\\ufeff\"");
    EXPECT_REPR(cv_string("\xed\xa0\x80", 3), "\"\\xed\\xa0\\x80\"");
    EXPECT_REPR(cv_string("\xf3\xb0\x80\x80", 4), "\"\\U000f0000\"");
    const char *alpha = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz";
    EXPECT_REPR(cv_string(alpha, strlen(alpha)),
                "\"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop...");
    /* exactly 70 characters: 72 runes quoted, not shortened */
    char s70[71];
    memset(s70, 'x', 70);
    s70[70] = 0;
    const char *r70 = R(cv_string(s70, 70));
    cr_expect_eq(strlen(r70), 72);
    cr_expect_eq(r70[71], '"');
    /* runes count, not bytes */
    char e71[200];
    size_t k = 0;
    for (int j = 0; j < 71; j++) {
        e71[k++] = '\xc3';
        e71[k++] = '\xa9';
    }
    const char *re = R(cv_string(e71, k));
    cr_expect_eq(strlen(re), 1 + 68 * 2 + 3);
    cr_expect_str_eq(re + strlen(re) - 3, "...");
}
