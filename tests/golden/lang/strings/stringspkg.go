package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	f := strings.Fields(s)
	fmt.Println(len(f), f)
	fmt.Println(strings.Join(f, "-"))
	fmt.Println(strings.ToUpper("abc é"), strings.ToLower("ABC"))
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.Index(s, "zz"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Title("x"), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("a.go", ".go"), strings.Trim("--a--", "-"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d;", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Compare("a", "b"), strings.Fields(" ") == nil, len(strings.Fields(" ")))
}
