package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

var seed uint64 = 99

func rnd(n int) int {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return int(seed % uint64(n))
}

var alphabet = []string{"a", "b", "A", " ", "\t", "\n", "é", "É", "ß", "世", "\xff", "\xe4\xb8", "ǅ", "k", "K", "\u212a", "σ", "Σ", "ς", "\u00a0", "\u2003", "-", ",", "ab", "\ufffd", "İ", "ı", "0", "9"}

func rs(max int) string {
	n := rnd(max)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(alphabet[rnd(len(alphabet))])
	}
	return b.String()
}

func main() {
	h := 0
	out := func(v ...any) {
		s := fmt.Sprintf("%q", v)
		for i := 0; i < len(s); i++ {
			h = (h*31 + int(s[i])) % 1000000007
		}
	}
	for iter := 0; iter < 3000; iter++ {
		s, t := rs(12), rs(4)
		out(strings.Index(s, t), strings.LastIndex(s, t), strings.Count(s, t), strings.IndexAny(s, t), strings.LastIndexAny(s, t))
		out(strings.Split(s, t), strings.SplitAfterN(s, t, 2), strings.Fields(s), strings.TrimSpace(s), strings.Trim(s, t), strings.TrimLeft(s, t), strings.TrimRight(s, t))
		out(strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s), strings.EqualFold(s, t), strings.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(strings.ToLower(s), strings.ToUpper(s)))
		out(strings.Replace(s, t, "X", -1), strings.Replace(s, t, "", 2), strings.ToValidUTF8(s, "?"), strings.Map(unicode.ToUpper, s))
		out(strings.IndexRune(s, []rune(t + "a")[0]), strings.ContainsRune(s, 'é'), strings.IndexFunc(s, unicode.IsSpace), strings.TrimFunc(s, unicode.IsLetter))
		r := strings.NewReplacer(t, "<"+t+">", "a", "1", "", "_")
		out(r.Replace(s))
		r2 := strings.NewReplacer("a", "b", "b", "a", "é", "e")
		out(r2.Replace(s))
		b, c := []byte(s), []byte(t)
		out(bytes.Index(b, c), bytes.Fields(b), bytes.TrimSpace(b), bytes.Trim(b, t), bytes.ToUpper(b), bytes.ToLower(b), bytes.Title(b), bytes.EqualFold(b, c), bytes.Count(b, c))
		out(bytes.Split(b, c), bytes.TrimLeft(b, t), bytes.TrimRight(b, t), bytes.Runes(b), bytes.ToValidUTF8(b, []byte("?")))
		out(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
		u, err := strconv.Unquote(strconv.Quote(s))
		out(u == s, err)
		u2, err2 := strconv.Unquote("\"" + s + "\"")
		out(u2, err2)
	}
	fmt.Println(h)
}
