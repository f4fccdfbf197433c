/* test_parser.c — the parser: AST shapes (through ast_dump), gc's positions, parameter grouping,
 * the composite-literal/block ambiguity, generics, syntax errors in gc 1.22's words, nesting
 * limits, the REPL entry point, and the AST helpers (start positions, printing, interning). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include "parser/parse.h"
#include "util/mem.h"

static void setup(void) { mem_init(); }
TestSuite(parser, .init = setup);

static char *errors(void) {
    char *buf = NULL;
    size_t len = 0;
    FILE *old = stderr;
    stderr = open_memstream(&buf, &len);
    diag_flush();
    fclose(stderr);
    stderr = old;
    diag_reset();
    return buf;
}

static Node *parse_text(const char *text) { return parse_file(src_add("t.go", text, strlen(text))); }

/* The --ast dump of a file, or "ERR " + the errors. */
static char *dump(const char *text) {
    Node *f = parse_text(text);
    char *e = errors();
    if (!f) {
        StrBuf b;
        sb_init(&b);
        sb_printf(&b, "ERR %s", e);
        return sb_cstr(&b);
    }
    cr_assert_str_eq(e, "", "parse succeeded but reported: %s", e);
    StrBuf b;
    sb_init(&b);
    ast_dump(f, &b);
    return sb_cstr(&b);
}

/* The dump of `package p; func f() { BODY }`. */
static char *dump_body(const char *body) {
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "package p\n\nfunc f() {\n%s\n}\n", body);
    return dump(b.data);
}

/* The first error of a file, as printed. */
static char *first_error(const char *text) {
    Node *f = parse_text(text);
    char *e = errors();
    cr_assert_null(f, "expected a syntax error in:\n%s", text);
    return mem_strndup(e, strcspn(e, "\n"));
}

static char *body_error(const char *body) {
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "package p\n\nfunc f() {\n%s\n}\n", body);
    return first_error(b.data);
}

#define assert_has(hay, needle) \
    cr_assert(strstr((hay), (needle)) != NULL, "missing:\n%s\n--- in:\n%s", (needle), (hay))
#define assert_lacks(hay, needle) \
    cr_assert(strstr((hay), (needle)) == NULL, "unexpected:\n%s\n--- in:\n%s", (needle), (hay))

/* ---- whole-file shape ---- */

Test(parser, hello_world_exact) {
    cr_assert_str_eq(dump("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\", 1+2*3)\n}\n"),
                     "FILE 1:1\n"
                     "  package: IDENT 1:9 main\n"
                     "  import: IMPORT 3:8 \"fmt\"\n"
                     "  decl: FUNCDECL 5:6\n"
                     "    name: IDENT 5:6 main\n"
                     "    type: FUNCTYPE 5:10\n"
                     "    body: BLOCK 5:13 rbrace=7:1\n"
                     "      stmt: EXPRSTMT 6:2\n"
                     "        x: CALL 6:13 rparen=6:25\n"
                     "          fun: SELECTOR 6:5 sel=Println selpos=6:6\n"
                     "            x: IDENT 6:2 fmt\n"
                     "          arg: BASICLIT 6:14 STRING \"\\\"hi\\\"\"\n"
                     "          arg: BINARY 6:21 op=+\n"
                     "            x: BASICLIT 6:20 INT \"1\"\n"
                     "            y: BINARY 6:23 op=*\n"
                     "              x: BASICLIT 6:22 INT \"2\"\n"
                     "              y: BASICLIT 6:24 INT \"3\"\n");
}

Test(parser, imports_grouped_aliased) {
    char *d = dump("package p\n\nimport (\n\t\"fmt\"\n\tstr \"strings\"\n\t_ \"os\"\n\t. \"math\"\n)\n");
    assert_has(d, "  import: IMPORT 4:2 \"fmt\"\n");
    assert_has(d, "  import: IMPORT 5:2 \"strings\"\n    name: IDENT 5:2 str\n");
    assert_has(d, "  import: IMPORT 6:2 \"os\"\n    name: IDENT 6:2 _\n");
    assert_has(d, "  import: IMPORT 7:2 \"math\"\n    name: IDENT 7:2 .\n");
    assert_lacks(d, "GENDECL");
}

Test(parser, hashbang_line_skipped) {
    char *d = dump("#!/usr/bin/env goro\npackage p\n");
    assert_has(d, "FILE 2:1\n  package: IDENT 2:9 p\n");
}

Test(parser, const_groups_and_iota) {
    char *d = dump("package p\n\nconst (\n\tA = iota\n\tB\n\tC, D int = 1, 2\n)\nconst E = 5\n");
    assert_has(d, "GENDECL 3:1 const grouped\n");
    assert_has(d, "spec: VALUESPEC 4:2 iota=0\n      name: IDENT 4:2 A\n      value: IDENT 4:6 iota\n");
    assert_has(d, "spec: VALUESPEC 5:2 iota=1\n      name: IDENT 5:2 B\n    spec:");
    assert_has(d, "spec: VALUESPEC 6:2 iota=2\n      name: IDENT 6:2 C\n      name: IDENT 6:5 D\n"
                  "      type: IDENT 6:7 int\n");
    assert_has(d, "GENDECL 8:1 const\n    spec: VALUESPEC 8:7 iota=0\n");
}

Test(parser, var_and_type_decls) {
    char *d = dump("package p\n\nvar x, y int\nvar z = 3\ntype (\n\tT struct{}\n\tA = T\n)\n");
    assert_has(d, "GENDECL 3:1 var\n    spec: VALUESPEC 3:5 iota=0\n      name: IDENT 3:5 x\n"
                  "      name: IDENT 3:8 y\n      type: IDENT 3:10 int\n");
    assert_has(d, "spec: VALUESPEC 4:5 iota=0\n      name: IDENT 4:5 z\n      value: BASICLIT 4:9 INT \"3\"\n");
    assert_has(d, "spec: TYPESPEC 6:2\n      name: IDENT 6:2 T\n      type: STRUCTTYPE 6:4\n");
    assert_has(d, "spec: TYPESPEC 7:2 alias\n      name: IDENT 7:2 A\n      type: IDENT 7:6 T\n");
}

/* ---- parameters: gc's grouping ---- */

Test(parser, params_grouping) {
    char *d = dump("package p\n\nfunc f(a, b int, c string) (x int, err error)\n");
    assert_has(d, "FUNCDECL 3:6 nobody\n");
    assert_has(d, "param: FIELD 3:8\n        name: IDENT 3:8 a\n        name: IDENT 3:11 b\n"
                  "        type: IDENT 3:13 int\n      param: FIELD 3:18\n        name: IDENT 3:18 c\n");
    assert_has(d, "result: FIELD 3:29\n        name: IDENT 3:29 x\n");
    d = dump("package p\n\nfunc g(int, string)\n");
    assert_has(d, "param: FIELD 3:8\n        type: IDENT 3:8 int\n      param: FIELD 3:13\n"
                  "        type: IDENT 3:13 string\n");
    d = dump("package p\n\nfunc h(a, b)\n");
    assert_has(d, "param: FIELD 3:8\n        type: IDENT 3:8 a\n      param: FIELD 3:11\n        type: IDENT 3:11 b\n");
    d = dump("package p\n\nfunc v(format string, args ...any)\n");
    assert_has(d, "name: IDENT 3:23 args\n        type: ELLIPSIS 3:28\n          elem: IDENT 3:31 any\n");
    d = dump("package p\n\nfunc u(...int)\n");
    assert_has(d, "param: FIELD 3:8\n        type: ELLIPSIS 3:8\n");
    d = dump("package p\n\nfunc w(a [2]int, b []int, m map[string]int, q pkg.T)\nfunc u(G[int], pkg.U)\n");
    assert_has(d, "name: IDENT 3:8 a\n        type: ARRAYTYPE 3:10\n");
    assert_has(d, "name: IDENT 3:18 b\n        type: ARRAYTYPE 3:20 slice\n");
    assert_has(d, "name: IDENT 3:27 m\n        type: MAPTYPE 3:29\n");
    assert_has(d, "name: IDENT 3:45 q\n        type: SELECTOR 3:50 sel=T");
    assert_has(d, "param: FIELD 4:8\n        type: INDEX 4:9\n          x: IDENT 4:8 G\n");
    assert_has(d, "param: FIELD 4:16\n        type: SELECTOR 4:19 sel=U");
}

Test(parser, params_errors) {
    cr_assert_str_eq(first_error("package p\n\nfunc f(a int, string) {}\n"),
                     "t.go:3:15: syntax error: mixed named and unnamed parameters");
    cr_assert_str_eq(first_error("package p\n\nfunc f(a int b int) {}\n"),
                     "t.go:3:14: syntax error: unexpected b in parameter list; possibly missing comma or )");
    cr_assert_str_eq(first_error("package p\n\nfunc f[T](x T) {}\n"),
                     "t.go:3:9: syntax error: missing type constraint");
}

Test(parser, methods_and_receivers) {
    char *d = dump("package p\n\nfunc (s *Stack[T]) Push(v T) {}\nfunc (Point) M() {}\n");
    assert_has(d, "recv: FIELD 3:7\n      name: IDENT 3:7 s\n      type: STAR 3:9\n        x: INDEX 3:15\n"
                  "          x: IDENT 3:10 Stack\n          index: IDENT 3:16 T\n    name: IDENT 3:20 Push\n");
    assert_has(d, "recv: FIELD 4:7\n      type: IDENT 4:7 Point\n    name: IDENT 4:14 M\n");
}

/* ---- the composite literal / block ambiguity ---- */

Test(parser, complit_in_headers) {
    char *d = dump_body("if x == (T{}) {\n}");
    assert_has(d, "cond: BINARY 4:6 op===\n          x: IDENT 4:4 x\n          y: PAREN 4:9\n"
                  "            x: COMPOSITE 4:11 rbrace=4:12\n              type: IDENT 4:10 T\n");
    d = dump_body("for _, v := range []int{1, 2} {\n\t_ = v\n}");
    assert_has(d, "stmt: RANGE 4:1 := oppos=4:10\n");
    assert_has(d, "x: COMPOSITE 4:24 rbrace=4:29\n          type: ARRAYTYPE 4:19 slice\n");
    d = dump_body("if m := map[string]int{}; len(m) == 0 {\n}");
    assert_has(d, "init: ASSIGN 4:6 op=:=\n          lhs: IDENT 4:4 m\n          rhs: COMPOSITE 4:23 rbrace=4:24\n"
                  "            type: MAPTYPE 4:9\n");
    d = dump_body("switch s := struct{ a int }{1}; s.a {\n}");
    assert_has(d, "rhs: COMPOSITE 4:28 rbrace=4:30\n            type: STRUCTTYPE 4:13\n");
    assert_has(d, "tag: SELECTOR 4:34 sel=a");
    d = dump_body("for i := range [3]int{} {\n\t_ = i\n}");
    assert_has(d, "x: COMPOSITE 4:22 rbrace=4:23\n          type: ARRAYTYPE 4:16\n");
    d = dump_body("if f(T{}) {\n}");
    assert_has(d, "arg: COMPOSITE 4:7 rbrace=4:8");
    d = dump_body("if a[T{}.x] {\n}");
    assert_has(d, "COMPOSITE 4:7");
    d = dump_body("if func() bool { return true }() {\n}");
    assert_has(d, "cond: CALL 4:31 rparen=4:32\n          fun: FUNCLIT 4:4\n");
}

Test(parser, complit_bare_name_in_header_is_the_body) {
    /* as in gc: `T` is the operand and `{}` the body, so the next `{` is junk */
    cr_assert_str_eq(body_error("if x == T{} {\n}"), "t.go:4:13: syntax error: unexpected { at end of statement");
    cr_assert_str_eq(body_error("if x := T{}; x {\n}"), "t.go:4:6: syntax error: cannot use x := T as value");
}

Test(parser, complit_forms) {
    char *d = dump_body("x := []*P{{1, 2}, {}}\ny := map[string][]int{\"a\": {1}}\nz := Pair[int, string]{1, \"a\"}\n"
                        "w := pkg.T{A: 1}\nv := [...]int{1: 2}\nu := &T{}");
    assert_has(d, "rhs: COMPOSITE 4:10 rbrace=4:21\n          type: ARRAYTYPE 4:6 slice\n"
                  "            elem: STAR 4:8\n              x: IDENT 4:9 P\n"
                  "          elt: COMPOSITE 4:11 rbrace=4:16\n");
    assert_has(d, "elt: COMPOSITE 4:19 rbrace=4:20\n");
    assert_has(d, "elt: KEYVALUE 5:26\n            key: BASICLIT 5:23 STRING \"\\\"a\\\"\"\n"
                  "            value: COMPOSITE 5:28 rbrace=5:30\n");
    assert_has(d, "rhs: COMPOSITE 6:23 rbrace=6:30\n          type: INDEX 6:10\n            x: IDENT 6:6 Pair\n"
                  "            index: IDENT 6:11 int\n            index: IDENT 6:16 string\n");
    assert_has(d, "rhs: COMPOSITE 7:11 rbrace=7:16\n          type: SELECTOR 7:9 sel=T selpos=7:10\n");
    assert_has(d, "elt: KEYVALUE 7:13\n            key: IDENT 7:12 A\n");
    assert_has(d, "rhs: COMPOSITE 8:14 rbrace=8:19\n          type: ARRAYTYPE 8:6 [...]\n");
    assert_has(d, "rhs: UNARY 9:6 op=&\n          x: COMPOSITE 9:8");
}

/* ---- generics ---- */

Test(parser, type_params_vs_arrays) {
    char *d = dump("package p\n\ntype A [N]int\ntype B [N * 2]int\ntype G[T any] struct{ x T }\n"
                   "type M[K comparable, V any] map[K]V\ntype Q[T *int,] int\ntype R[P *[]int] int\n"
                   "type S[E ~[]int | ~string] int\ntype U[T interface{ ~int }] int\ntype V[K, W any] int\n"
                   "type X[S []E, E any] int\n");
    assert_has(d, "name: IDENT 3:6 A\n      type: ARRAYTYPE 3:8\n        len: IDENT 3:9 N\n");
    assert_has(d, "name: IDENT 4:6 B\n      type: ARRAYTYPE 4:8\n        len: BINARY 4:11 op=*\n");
    assert_has(d, "name: IDENT 5:6 G\n      tparam: FIELD 5:8\n        name: IDENT 5:8 T\n        type: IDENT 5:10 any\n");
    assert_has(d, "tparam: FIELD 6:8\n        name: IDENT 6:8 K\n        type: IDENT 6:10 comparable\n"
                  "      tparam: FIELD 6:22\n");
    assert_has(d, "name: IDENT 7:6 Q\n      tparam: FIELD 7:8\n        name: IDENT 7:8 T\n        type: STAR 7:10\n");
    assert_has(d, "name: IDENT 8:6 R\n      tparam: FIELD 8:8\n        name: IDENT 8:8 P\n        type: STAR 8:10\n");
    assert_has(d, "type: BINARY 9:17 op=|\n          x: UNARY 9:10 op=~\n");
    assert_has(d, "type: INTERFACETYPE 10:10\n          elem: FIELD 10:21\n            type: UNARY 10:21 op=~\n");
    assert_has(d, "tparam: FIELD 11:8\n        name: IDENT 11:8 K\n        name: IDENT 11:11 W\n        type: IDENT 11:13 any\n");
    assert_has(d, "tparam: FIELD 12:8\n        name: IDENT 12:8 S\n        type: ARRAYTYPE 12:10 slice\n");
}

Test(parser, generic_funcs_and_instantiation) {
    char *d = dump("package p\n\nfunc F[K comparable, V int | float64](m map[K]V) V { return F[K, V](m) }\n"
                   "var f = Map[int, string]\n");
    assert_has(d, "type: FUNCTYPE 3:38\n      tparam: FIELD 3:8\n");
    assert_has(d, "tparam: FIELD 3:22\n        name: IDENT 3:22 V\n        type: BINARY 3:28 op=|\n");
    assert_has(d, "fun: INDEX 3:62\n            x: IDENT 3:61 F\n            index: IDENT 3:63 K\n"
                  "            index: IDENT 3:66 V\n");
    assert_has(d, "value: INDEX 4:12\n        x: IDENT 4:9 Map\n");
}

/* ---- types ---- */

Test(parser, channel_types) {
    char *d = dump("package p\n\nvar a chan<- chan int\nvar b <-chan <-chan int\nvar c chan (<-chan int)\n"
                   "var d chan <-chan int\nvar e = make(<-chan <-chan int)\nvar f = <-chan int(nil)\n");
    assert_has(d, "type: CHANTYPE 3:7 dir=send\n        elem: CHANTYPE 3:14 dir=both\n");
    assert_has(d, "type: CHANTYPE 4:7 dir=recv\n        elem: CHANTYPE 4:14 dir=recv\n");
    assert_has(d, "type: CHANTYPE 5:7 dir=both\n        elem: CHANTYPE 5:13 dir=recv\n");
    assert_has(d, "type: CHANTYPE 6:7 dir=send\n        elem: CHANTYPE 6:14 dir=both\n");
    assert_has(d, "arg: CHANTYPE 7:14 dir=recv\n          elem: CHANTYPE 7:23 dir=recv\n");
    assert_has(d, "value: UNARY 8:9 op=<-\n        x: CALL 8:19");
}

Test(parser, struct_and_interface_types) {
    char *d = dump("package p\n\ntype T struct {\n\ta, b int `json:\"a\"`\n\t*Base\n\tpkg.Mixin\n\tList[int]\n"
                   "\tarr [4]byte\n\tfn func(int) error\n}\n\ntype I interface {\n\tM(x int) (int, error)\n"
                   "\tfmt.Stringer\n\t~int | ~string\n\tcomparable\n}\n");
    assert_has(d, "field: FIELD 4:2\n          name: IDENT 4:2 a\n          name: IDENT 4:5 b\n"
                  "          type: IDENT 4:7 int\n          tag: BASICLIT 4:11 STRING");
    assert_has(d, "field: FIELD 5:2\n          type: STAR 5:2\n            x: IDENT 5:3 Base\n");
    assert_has(d, "field: FIELD 6:2\n          type: SELECTOR 6:5 sel=Mixin");
    assert_has(d, "field: FIELD 7:2\n          type: INDEX 7:6\n");
    assert_has(d, "name: IDENT 8:2 arr\n          type: ARRAYTYPE 8:6\n");
    assert_has(d, "elem: FIELD 13:2\n          name: IDENT 13:2 M\n          type: FUNCTYPE 13:3\n");
    assert_has(d, "elem: FIELD 14:2\n          type: SELECTOR 14:5 sel=Stringer");
    assert_has(d, "elem: FIELD 15:2\n          type: BINARY 15:7 op=|\n");
}

/* ---- expressions ---- */

Test(parser, expressions) {
    char *d = dump_body("x := a.b[i:j:k]\ny := v.(T)\nz := (*T).M\nw := -a * b + c << 2 && !d || e\n"
                        "u := f(xs...)\nt := <-ch\ns := func(a int) int { return a }(1)");
    assert_has(d, "rhs: SLICEEXPR 4:9 slice3\n");
    assert_has(d, "rhs: TYPEASSERT 5:7\n          x: IDENT 5:6 v\n          type: IDENT 5:9 T\n");
    assert_has(d, "rhs: SELECTOR 6:10 sel=M selpos=6:11\n          x: PAREN 6:6\n            x: STAR 6:7\n");
    /* -a * b + c << 2 && !d || e  is  (((-a * b) + (c << 2)) && !d) || e */
    assert_has(d, "rhs: BINARY 7:28 op=||\n          x: BINARY 7:22 op=&&\n"
                  "            x: BINARY 7:13 op=+\n              x: BINARY 7:9 op=*\n"
                  "                x: UNARY 7:6 op=-\n                  x: IDENT 7:7 a\n"
                  "                y: IDENT 7:11 b\n              y: BINARY 7:17 op=<<\n");
    assert_has(d, "rhs: CALL 8:7 ... rparen=8:13\n");
    assert_has(d, "rhs: UNARY 9:6 op=<-\n");
    assert_has(d, "rhs: CALL 10:34 rparen=10:36\n          fun: FUNCLIT 10:6\n");
}

Test(parser, literals) {
    char *d = dump_body("a := 'x'\nb := `raw`\nc := 0x1p-2\nd := \"\\u00e9\"");
    assert_has(d, "rhs: BASICLIT 4:6 CHAR \"'x'\" rune=120\n");
    assert_has(d, "rhs: BASICLIT 5:6 STRING \"`raw`\"\n");
    assert_has(d, "rhs: BASICLIT 6:6 FLOAT \"0x1p-2\"\n");
    Node *f = parse_text("package p\nvar s = \"\\u00e9\\x00\"\n");
    Node *lit = f->file.decls.items[0]->gendecl.specs.items[0]->valuespec.values.items[0];
    cr_assert_eq(lit->lit.len, 3);
    cr_assert(memcmp(lit->lit.str, "\xc3\xa9\0", 3) == 0);
}

Test(parser, complex_numbers_unsupported) {
    cr_assert_str_eq(first_error("package p\n\nvar c = 1 + 2i\n"), "t.go:3:13: goro: unsupported: complex numbers");
}

/* ---- statements ---- */

Test(parser, statements) {
    char *d = dump_body("x := 1\nx += 2\nx++\nch <- x\ngo f()\ndefer g()\nL:\n\tfor {\n\t\tbreak L\n\t}\n"
                        "goto L\nreturn");
    assert_has(d, "stmt: ASSIGN 5:3 op=+=\n");
    assert_has(d, "stmt: INCDEC 6:2 ++\n");
    assert_has(d, "stmt: SEND 7:4\n");
    assert_has(d, "stmt: GO 8:1\n");
    assert_has(d, "stmt: DEFER 9:1\n");
    assert_has(d, "stmt: LABELED 10:1 label=L\n        stmt: FOR 11:2\n");
    assert_has(d, "stmt: BRANCH 12:3 break label=L labelpos=12:9\n");
    assert_has(d, "stmt: BRANCH 14:1 goto label=L labelpos=14:6\n");
    assert_has(d, "stmt: RETURN 15:1\n");
}

Test(parser, for_forms) {
    char *d = dump_body("for i := 0; i < n; i++ {\n}\nfor x < 3 {\n}\nfor {\n}\nfor k, v := range m {\n}\n"
                        "for range 10 {\n}\nfor i = range s {\n}");
    assert_has(d, "stmt: FOR 4:1\n        init: ASSIGN 4:7 op=:=\n");
    assert_has(d, "cond: BINARY 4:15 op=<\n");
    assert_has(d, "post: INCDEC 4:21 ++\n");
    assert_has(d, "stmt: FOR 6:1\n        cond: BINARY 6:7 op=<\n");
    assert_has(d, "stmt: FOR 8:1\n        body: BLOCK 8:5");
    assert_has(d, "stmt: RANGE 10:1 := oppos=10:10\n        key: IDENT 10:5 k\n        value: IDENT 10:8 v\n");
    assert_has(d, "stmt: RANGE 12:1\n        x: BASICLIT 12:11 INT \"10\"\n");
    assert_has(d, "stmt: RANGE 14:1 = oppos=14:7\n        key: IDENT 14:5 i\n");
}

Test(parser, switches) {
    char *d = dump_body("switch x := f(); x {\ncase 1, 2:\n\tfallthrough\ndefault:\n}\n"
                        "switch t := v.(type) {\ncase int, []string:\ncase nil:\n}\nswitch v.(type) {\n}\nswitch {\n}");
    assert_has(d, "stmt: SWITCH 4:1 lbrace=4:20 rbrace=8:1\n        init: ASSIGN 4:10 op=:=\n"
                  "          lhs: IDENT 4:8 x\n");
    assert_has(d, "stmt: BRANCH 6:2 fallthrough\n");
    assert_has(d, "clause: CASECLAUSE 5:1 colon=5:10\n          case: BASICLIT 5:6 INT \"1\"\n");
    assert_has(d, "clause: CASECLAUSE 7:1 default colon=7:8\n");
    assert_has(d, "stmt: TYPESWITCH 9:1 lbrace=9:22 rbrace=12:1\n        bind: IDENT 9:8 t\n        x: IDENT 9:13 v\n");
    assert_has(d, "clause: CASECLAUSE 10:1 colon=10:19\n          case: IDENT 10:6 int\n");
    assert_has(d, "case: ARRAYTYPE 10:11 slice\n");
    assert_has(d, "stmt: TYPESWITCH 13:1 lbrace=13:17 rbrace=14:1\n        x: IDENT 13:8 v\n");
    assert_has(d, "stmt: SWITCH 15:1 lbrace=15:8 rbrace=16:1\n");
}

Test(parser, select_and_if_else) {
    char *d = dump_body("select {\ncase v, ok := <-c:\n\t_ = v\ncase c <- 1:\ncase <-d:\ndefault:\n}\n"
                        "if a {\n} else if b {\n} else {\n}");
    assert_has(d, "clause: COMMCLAUSE 5:1 colon=5:18\n          comm: ASSIGN 5:12 op=:=\n");
    assert_has(d, "clause: COMMCLAUSE 7:1 colon=7:12\n          comm: SEND 7:8\n");
    assert_has(d, "clause: COMMCLAUSE 8:1 colon=8:9\n          comm: EXPRSTMT 8:6\n");
    assert_has(d, "clause: COMMCLAUSE 9:1 default colon=9:8\n");
    assert_has(d, "stmt: IF 11:1\n        cond: IDENT 11:4 a\n        then: BLOCK 11:6 rbrace=12:1\n"
                  "        else: IF 12:8\n");
    assert_has(d, "else: BLOCK 13:8 rbrace=14:1\n");
}

Test(parser, empty_statements) {
    char *d = dump_body("a()\n;;\nb()");
    assert_has(d, "stmt: EMPTY 5:1\n      stmt: EMPTY 5:2\n");
    d = dump_body("L:\n");
    assert_has(d, "stmt: LABELED 4:1 label=L\n        stmt: EMPTY");
}

/* ---- syntax errors: gc 1.22's wording and positions ---- */

Test(parser, syntax_errors) {
    cr_assert_str_eq(body_error("x := 1 2"), "t.go:4:8: syntax error: unexpected literal 2 at end of statement");
    cr_assert_str_eq(body_error("println(\"a\"\n"),
                     "t.go:4:12: syntax error: unexpected newline in argument list; possibly missing comma or )");
    cr_assert_str_eq(body_error("x := []int{1, 2\n}"),
                     "t.go:4:16: syntax error: unexpected newline in composite literal; possibly missing comma or }");
    cr_assert_str_eq(body_error("if x\n{\n}"), "t.go:4:5: syntax error: unexpected newline, expected { after if clause");
    cr_assert_str_eq(body_error("for i := 0; i < 3; i++\n{\n}"),
                     "t.go:4:23: syntax error: unexpected newline, expected { after for clause");
    cr_assert_str_eq(body_error("if true {\n}\nelse {\n}"), "t.go:6:1: syntax error: unexpected else, expected }");
    cr_assert_str_eq(body_error("x := )"), "t.go:4:6: syntax error: unexpected ), expected expression");
    cr_assert_str_eq(body_error("if x := 0 {\n}"), "t.go:4:6: syntax error: cannot use x := 0 as value");
    cr_assert_str_eq(body_error("if x = 5 {\n}"), "t.go:4:6: syntax error: cannot use assignment x = 5 as value");
    cr_assert_str_eq(body_error("if {\n}"), "t.go:4:4: syntax error: missing condition in if statement");
    cr_assert_str_eq(body_error("switch x {\ncase 1\n}"), "t.go:5:7: syntax error: unexpected newline, expected :");
    cr_assert_str_eq(body_error("a, b\n"), "t.go:4:5: syntax error: unexpected newline, expected := or = or comma");
    cr_assert_str_eq(body_error("for i := 0; {\n}"), "t.go:4:13: syntax error: unexpected {, expected for loop condition");
    cr_assert_str_eq(body_error("if x y {\n}"), "t.go:4:6: syntax error: unexpected y, expected {");
    cr_assert_str_eq(body_error("x.\n"), "t.go:6:1: syntax error: unexpected }, expected name or (");
    cr_assert_str_eq(body_error("return )"), "t.go:4:8: syntax error: unexpected ), expected expression");
    cr_assert_str_eq(body_error("for var i = 0; i < 3; i++ {\n}"),
                     "t.go:4:9: syntax error: var declaration not allowed in for initializer");
    cr_assert_str_eq(body_error("if x {\n} else for {\n}"),
                     "t.go:5:8: syntax error: else must be followed by if or statement block");
}

Test(parser, syntax_errors_top_level) {
    cr_assert_str_eq(first_error("package p\n\nx := 1\n"),
                     "t.go:3:1: syntax error: non-declaration statement outside function body");
    cr_assert_str_eq(first_error("package p\n\nfunc main()\n{\n}\n"),
                     "t.go:4:1: syntax error: unexpected semicolon or newline before {");
    cr_assert_str_eq(first_error("package p\n\nfunc main() {\n"), "t.go:4:1: syntax error: unexpected EOF, expected }");
    cr_assert_str_eq(first_error("package p\n\nvar x int y\n"),
                     "t.go:3:11: syntax error: unexpected y after top level declaration");
    cr_assert_str_eq(first_error("package p\n\nfunc f() {}\n\nimport \"fmt\"\n"),
                     "t.go:5:1: syntax error: imports must appear before other declarations");
    cr_assert_str_eq(first_error("package p\n\ntype T\n"), "t.go:3:7: syntax error: unexpected newline in type declaration");
    cr_assert_str_eq(first_error("package p\n\nfunc f {}\n"), "t.go:3:8: syntax error: unexpected {, expected (");
    /* the package clause and imports are read by go/parser first, in its words */
    cr_assert_str_eq(first_error("import \"fmt\"\n"), "t.go:1:1: expected 'package', found 'import'");
    cr_assert_str_eq(first_error("package p\n\nimport fmt\n"), "t.go:3:11: missing import path");
    cr_assert_str_eq(first_error("package p\n\nimport ( \"a\" \"b\" )\n"), "t.go:3:14: expected ';', found \"b\"");
    cr_assert_str_eq(first_error(""), "t.go:1:1: expected 'package', found 'EOF'");
}

Test(parser, lexical_error_stops_parse) {
    cr_assert_str_eq(body_error("x := 1 @ 2"), "t.go:4:8: invalid character U+0040 '@'");
    cr_assert_str_eq(body_error("s := \"abc\n"), "t.go:4:10: newline in string");
}

Test(parser, stops_at_first_error) {
    Node *f = parse_text("package p\nfunc f() {\n\tx := 1 2\n\ty := 3 4\n}\n");
    cr_assert_null(f);
    cr_assert_str_eq(errors(), "t.go:3:9: syntax error: unexpected literal 2 at end of statement\n");
}

/* ---- robustness ---- */

static char *nested(const char *open, const char *close, int n, const char *pre, const char *post) {
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, pre);
    for (int i = 0; i < n; i++) sb_puts(&b, open);
    sb_puts(&b, "1");
    for (int i = 0; i < n; i++) sb_puts(&b, close);
    sb_puts(&b, post);
    return sb_cstr(&b);
}

Test(parser, nesting_limit) {
    Node *f = parse_text(nested("(", ")", 900, "package p\nvar x = ", "\n"));
    cr_assert_not_null(f, "900 levels are fine: %s", errors());
    f = parse_text(nested("(", ")", 5000, "package p\nvar x = ", "\n"));
    cr_assert_null(f);
    cr_assert_str_eq(errors(), "t.go:2:1009: goro: nesting too deep (limit 1000)\n");
    f = parse_text(nested("[]int{", "}", 3000, "package p\nvar x = ", "\n"));
    cr_assert_null(f);
    assert_has(errors(), "nesting too deep");
    f = parse_text(nested("{", "}", 3000, "package p\nfunc f() ", "\n"));
    cr_assert_null(f);
    assert_has(errors(), "nesting too deep");
}

Test(parser, long_unnested_chains) {
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, "package p\nvar x = 1");
    for (int i = 0; i < 20000; i++) sb_puts(&b, " + 1");
    sb_puts(&b, "\nfunc f() {\n");
    for (int i = 0; i < 20000; i++) sb_puts(&b, "\tx++\n");
    sb_puts(&b, "}\n");
    cr_assert_not_null(parse_text(b.data), "%s", errors());
    sb_init(&b);
    sb_puts(&b, "package p\nvar x = ");
    for (int i = 0; i < 50000; i++) sb_puts(&b, "- ");
    sb_puts(&b, "1\n");
    Node *f = parse_text(b.data); /* unary chains nest without brackets: an error, not a crash */
    cr_assert_null(f);
    assert_has(errors(), "nesting too deep");
}

/* ---- REPL input ---- */

Test(parser, repl_input) {
    const char *text = "import \"fmt\"\nx := 1\nfunc double(n int) int { return 2 * n }\nfmt.Println(double(x))\n";
    bool incomplete = true;
    Node *f = parse_repl_input(src_add("<repl>", text, strlen(text)), &incomplete);
    cr_assert_not_null(f, "%s", errors());
    cr_assert_not(incomplete);
    cr_assert_eq(f->file.imports.len, 1);
    cr_assert_eq(f->file.decls.len, 3);
    cr_assert_eq(f->file.decls.items[0]->kind, N_ASSIGN);
    cr_assert_eq(f->file.decls.items[1]->kind, N_FUNCDECL);
    cr_assert_eq(f->file.decls.items[2]->kind, N_EXPRSTMT);

    text = "func f() {\n\tx := 1\n";
    f = parse_repl_input(src_add("<repl>", text, strlen(text)), &incomplete);
    cr_assert_null(f);
    cr_assert(incomplete, "an unfinished block wants more lines");
    diag_reset();
    text = "s := `multi\nline";
    f = parse_repl_input(src_add("<repl>", text, strlen(text)), &incomplete);
    cr_assert_null(f);
    cr_assert(incomplete, "an unterminated raw string wants more lines");
    diag_reset();
    text = "x := )\n";
    f = parse_repl_input(src_add("<repl>", text, strlen(text)), &incomplete);
    cr_assert_null(f);
    cr_assert_not(incomplete);
    cr_assert_str_eq(errors(), "<repl>:1:6: syntax error: unexpected ), expected expression\n");
    text = ")\n";
    f = parse_repl_input(src_add("<repl>", text, strlen(text)), &incomplete);
    cr_assert_null(f);
    cr_assert_not(incomplete);
    cr_assert_str_eq(errors(), "<repl>:1:1: syntax error: unexpected ), expected }\n");
}

/* ---- AST helpers ---- */

static Node *first_rhs(const char *expr) {
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "package p\nvar x = %s\n", expr);
    Node *f = parse_text(b.data);
    cr_assert_not_null(f, "%s", errors());
    return f->file.decls.items[0]->gendecl.specs.items[0]->valuespec.values.items[0];
}

Test(parser, start_positions) {
    Node *n = first_rhs("a.b[1](2) + 3");
    cr_assert_eq(n->pos.col, 19, "binary: the operator");
    cr_assert_eq(ast_start_pos(n).col, 9, "leftmost: a");
    n = first_rhs("T{1}.x");
    cr_assert_eq(ast_start_pos(n).col, 9);
    n = first_rhs("(a)[0]");
    cr_assert_eq(ast_start_pos(n).col, 9);
    n = first_rhs("-x");
    cr_assert_eq(ast_start_pos(n).col, 9);
}

Test(parser, print_expressions) {
    const char *cases[][2] = {
        {"a.b[i:j](x, y...) + *p", "a.b[i:j](x, y...) + *p"},
        {"[]map[string]int{{\"a\": 1}}", "[]map[string]int{…}"},
        {"func(a, b int) (int, error) { return 0, nil }", "func(a, b int) (int, error) {…}"},
        {"struct{ a int; b string }{}", "struct{a int; b string}{}"},
        {"x.(interface{ M() })", "x.(interface{M()})"},
        {"make(chan (<-chan int))", "make(chan (<-chan int))"},
        {"G[int, string]", "G[int, string]"},
        {"!(a && b)", "!(a && b)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_assert_str_eq(ast_string(first_rhs(cases[i][0])), cases[i][1]);
}

Test(parser, interning_and_tables) {
    const char *a = ast_intern("hello", 5), *b = ast_intern("hello world", 5);
    cr_assert_eq(a, b);
    cr_assert_str_eq(a, "hello");
    cr_assert_neq(ast_intern("hell", 4), a);
    for (int i = 0; i < 5000; i++) {
        char buf[16];
        snprintf(buf, sizeof buf, "n%d", i);
        cr_assert_str_eq(ast_intern(buf, strlen(buf)), buf);
    }
    cr_assert_eq(ast_intern("n42", 3), ast_intern("n42", 3));
    cr_assert_str_eq(ast_kind_names[N_IDENT], "N_IDENT");
    cr_assert_str_eq(ast_op_text[OP_ANDNOT], "&^");
    cr_assert_str_eq(ast_op_text[OP_DEFINE], ":=");
}
