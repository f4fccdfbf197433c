package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, s := range []string{"Hello, World!", "héllo wörld", "ǆemal", "ΣΑΣ σας", "straße", "İstanbul", "a\xffb", "ABC", "", "123"} {
		fmt.Printf("%q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s))
	}
	fmt.Println(strings.Title("hello wide-world o'neil x_y 3rd ñandú"))
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n hi there \r\n\u00a0\u3000"))
	fmt.Printf("%q %q\n", strings.TrimSpace(""), strings.TrimSpace(" \xff "))
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q %q\n", strings.Trim("¡¡hola!!", "!¡"), strings.Trim("abc", ""), strings.Trim("", "a"))
	fmt.Printf("%q %q\n", strings.Trim("\xff\xfeab\xff", "\xff"), strings.Trim("aaa", "a"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix", "pre"), strings.TrimSuffix("a.go.go", ".go"))
	fmt.Printf("%q %q %q\n", strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("  x  ", unicode.IsSpace), strings.TrimRightFunc("  x  ", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimFunc("héé", func(r rune) bool { return r == 'é' }))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Repeat("x", 0), len(strings.Repeat("abc", 1000)))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("héllo", "", "|", 3), strings.Replace("aaa", "a", "a", -1))
	fmt.Println(strings.ReplaceAll("banana", "an", "AN"), strings.ReplaceAll("", "", "x"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	drop := func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}
	fmt.Printf("%q %q\n", strings.Map(drop, "a1b2c3"), strings.Map(drop, "a\xffb"))
	fmt.Printf("%q %q %q\n", strings.ToValidUTF8("a\xff\xfeb\xffc", "?"), strings.ToValidUTF8("ok", "?"), strings.ToValidUTF8("\xed\xa0\x80x", "<>"))
	fmt.Println(strings.Clone("clone") == "clone", strings.Clone(""))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">go</a>"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r3.Replace("aaaa"))
	r4 := strings.NewReplacer("", "X", "a", "1")
	fmt.Println(r4.Replace("ab"), r4.Replace(""))
	r5 := strings.NewReplacer("a", "1", "", "X")
	fmt.Println(r5.Replace("ab"))
	r6 := strings.NewReplacer("hello", "HI", "world", "EARTH")
	fmt.Println(r6.Replace("hello world, hello!"), r6.Replace("nothing"))
	var sb strings.Builder
	n, _ := r6.WriteString(&sb, "say hello")
	fmt.Println(n, sb.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}
