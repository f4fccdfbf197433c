package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, b []byte) {
	fmt.Printf("%s %q nil=%v len=%d\n", name, b, b == nil, len(b))
}

func main() {
	s := []byte("  Hello, Wörld! hello again  ")
	fmt.Println(bytes.Index(s, []byte("hello")), bytes.LastIndex(s, []byte("l")), bytes.IndexByte(s, 'W'), bytes.LastIndexByte(s, ' '))
	fmt.Println(bytes.IndexRune(s, 'ö'), bytes.IndexAny(s, "xyz!"), bytes.LastIndexAny(s, "lo"), bytes.Count(s, []byte("l")), bytes.Count(s, nil))
	fmt.Println(bytes.Contains(s, []byte("again")), bytes.ContainsAny(s, "ö"), bytes.ContainsRune(s, 'z'), bytes.ContainsFunc(s, unicode.IsUpper))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil), bytes.Compare([]byte("ab"), []byte("a")))
	fmt.Println(bytes.HasPrefix(s, []byte("  He")), bytes.HasSuffix(s, []byte("  ")), bytes.EqualFold([]byte("Straße"), []byte("STRAßE")))
	show("TrimSpace", bytes.TrimSpace(s))
	show("TrimSpace-all", bytes.TrimSpace([]byte("   ")))
	show("TrimSpace-nil", bytes.TrimSpace(nil))
	show("Trim", bytes.Trim([]byte("xxhixx"), "x"))
	show("Trim-all", bytes.Trim([]byte("xxxx"), "x"))
	show("TrimLeft-all", bytes.TrimLeft([]byte("xx"), "x"))
	show("TrimRight-all", bytes.TrimRight([]byte("xx"), "x"))
	show("TrimRight-empty", bytes.TrimRight([]byte{}, "x"))
	show("Trim-unicode", bytes.Trim([]byte("¡¡hola!!"), "!¡"))
	show("TrimFunc", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	show("TrimLeftFunc-all", bytes.TrimLeftFunc([]byte("123"), unicode.IsDigit))
	show("TrimPrefix", bytes.TrimPrefix([]byte("prefix"), []byte("pre")))
	show("TrimSuffix", bytes.TrimSuffix([]byte("a.go"), []byte(".go")))
	show("ToUpper", bytes.ToUpper([]byte("héllo")))
	show("ToUpper-empty", bytes.ToUpper(nil))
	show("ToLower", bytes.ToLower([]byte("HÉLLO")))
	show("Title", bytes.Title([]byte("hello world")))
	show("Repeat", bytes.Repeat([]byte("ab"), 3))
	show("Repeat0", bytes.Repeat([]byte("ab"), 0))
	show("Replace", bytes.Replace([]byte("oink oink"), []byte("k"), []byte("ky"), 1))
	show("ReplaceAll", bytes.ReplaceAll([]byte("banana"), []byte("a"), []byte("o")))
	show("Replace-none", bytes.Replace(nil, []byte("x"), []byte("y"), -1))
	show("Join", bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte(", ")))
	show("Join-empty", bytes.Join(nil, []byte(",")))
	show("Map", bytes.Map(func(r rune) rune { return r + 1 }, []byte("abc")))
	show("ToValidUTF8", bytes.ToValidUTF8([]byte("a\xffb"), []byte("?")))
	show("Clone-nil", bytes.Clone(nil))
	show("Clone-empty", bytes.Clone([]byte{}))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	parts := bytes.Split([]byte("a,b,c"), []byte(","))
	fmt.Println(cap(parts[0]), cap(parts[1]))
	f := bytes.Fields([]byte("  one two\tthree\n"))
	fmt.Printf("%q %d %d\n", f, len(f), cap(f[0]))
	fmt.Printf("%q\n", bytes.Fields([]byte(" a\u00a0b\u3000c ")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b2c3"), unicode.IsDigit))
	b, a, ok := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%q %q %v\n", b, a, ok)
	b, a, ok = bytes.Cut([]byte("kv"), []byte("="))
	fmt.Printf("%q %q %v %v\n", b, a, ok, a == nil)
	fmt.Println(bytes.Runes([]byte("héllo")), bytes.IndexFunc([]byte("abc1"), unicode.IsDigit), bytes.LastIndexFunc([]byte("1abc"), unicode.IsDigit))
}
