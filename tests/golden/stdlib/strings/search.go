package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "chicken kitchen, héllo wörld, 世界 \xff end"
	for _, sub := range []string{"", "ch", "kitchen", "zz", "é", "世界", "\xff", "end", s, s + "x"} {
		fmt.Println(strings.Index(s, sub), strings.LastIndex(s, sub), strings.Count(s, sub), strings.Contains(s, sub))
	}
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"), strings.Count("", ""))
	fmt.Println(strings.IndexByte(s, 'k'), strings.LastIndexByte(s, 'k'), strings.IndexByte(s, 'Z'))
	for _, r := range []rune{'k', 'é', '界', utf8RuneError(), -1, 0x110000, 0xD800, 'Z'} {
		fmt.Println(r, strings.IndexRune(s, r), strings.ContainsRune(s, r))
	}
	fmt.Println(strings.IndexRune("abc\uFFFDx", utf8RuneError()), strings.IndexRune("abc", utf8RuneError()))
	for _, chars := range []string{"", "xyz", "öw", "\xff", "界k", "\uFFFD"} {
		fmt.Println(strings.IndexAny(s, chars), strings.LastIndexAny(s, chars), strings.ContainsAny(s, chars))
	}
	fmt.Println(strings.IndexFunc(s, unicode.IsUpper), strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsLetter))
	fmt.Println(strings.ContainsFunc(s, unicode.IsDigit), strings.ContainsFunc("a1", unicode.IsDigit))
	fmt.Println(strings.HasPrefix(s, "chick"), strings.HasPrefix(s, ""), strings.HasPrefix("", "a"))
	fmt.Println(strings.HasSuffix(s, "end"), strings.HasSuffix(s, "en"), strings.HasSuffix("x", ""))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("ab", "ab"), strings.Compare("", "a"))
	for _, p := range [][2]string{{"Go", "GO"}, {"Straße", "STRASSE"}, {"σς", "ΣΣ"}, {"k", "\u212A"}, {"ǅ", "ǆ"}, {"a", "ab"}, {"", ""}, {"é", "É"}, {"\xff", "\xfe"}} {
		fmt.Println(p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
}

func utf8RuneError() rune { return '\uFFFD' }
