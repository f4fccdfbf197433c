package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Straße İstanbul ǅ éÉ ΣΑΣ"
	fmt.Println(strings.ToUpper(s))
	fmt.Println(strings.ToLower(s))
	fmt.Println(strings.EqualFold("straße", "STRASSE"), strings.EqualFold("Σ", "ς"))
	fmt.Println(strings.IndexRune(s, 'İ'), strings.ContainsRune(s, 'ǅ'))
	fmt.Println(strings.Fields(" a\tb\nc\u00a0d\u2003e "))
	fmt.Println(len(strings.Fields(" a\tb\nc\u00a0d\u2003e ")))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
}
