package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, c := range []struct{ s, sep string }{
		{"a,b,,c", ","}, {"", ","}, {"abc", ""}, {"a b c ", " "}, {"héllo", ""}, {"x--y--z", "--"},
		{",", ","}, {"\xffa\xfe", ""}, {"same", "same"},
	} {
		fmt.Printf("%q %q %d\n", strings.Split(c.s, c.sep), strings.SplitAfter(c.s, c.sep), len(strings.Split(c.s, c.sep)))
		for _, n := range []int{-1, 0, 1, 2, 10} {
			fmt.Printf(" %d:%q %q", n, strings.SplitN(c.s, c.sep, n), strings.SplitAfterN(c.s, c.sep, n))
		}
		fmt.Println()
	}
	fmt.Println(strings.SplitN("a,b", ",", 0) == nil, strings.Split("", ",") == nil)
	for _, s := range []string{"", "   ", "  a  b\tc\n", "one", "\u00a0x\u2003y\u3000", "a\xffb c", "\u0085z"} {
		f := strings.Fields(s)
		fmt.Printf("%q %d %v\n", f, len(f), f == nil)
	}
	ff := strings.FieldsFunc("a1b22c333;d", unicode.IsDigit)
	fmt.Printf("%q %d\n", ff, len(ff))
	ff = strings.FieldsFunc("", unicode.IsDigit)
	fmt.Printf("%q %v\n", ff, ff == nil)
	for _, c := range [][2]string{{"key=value", "="}, {"novalue", "="}, {"=x", "="}, {"a==b", "=="}, {"", ""}} {
		b, a, ok := strings.Cut(c[0], c[1])
		fmt.Printf("%q %q %v\n", b, a, ok)
	}
	a, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(a, ok)
	a, ok = strings.CutPrefix("body", "prefix-")
	fmt.Println(a, ok)
	a, ok = strings.CutSuffix("file.go", ".go")
	fmt.Println(a, ok)
	a, ok = strings.CutSuffix("file.go", ".c")
	fmt.Println(a, ok)
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"x"}, ","), strings.Join([]string{"a", "b", "c"}, ", "), strings.Join([]string{"", ""}, "-"))
}
