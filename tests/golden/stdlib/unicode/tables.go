package main

import (
	"fmt"
	"unicode"
)

func main() {
	preds := []struct {
		name string
		f    func(rune) bool
	}{
		{"Control", unicode.IsControl}, {"Digit", unicode.IsDigit}, {"Graphic", unicode.IsGraphic},
		{"Letter", unicode.IsLetter}, {"Lower", unicode.IsLower}, {"Mark", unicode.IsMark},
		{"Number", unicode.IsNumber}, {"Print", unicode.IsPrint}, {"Punct", unicode.IsPunct},
		{"Space", unicode.IsSpace}, {"Symbol", unicode.IsSymbol}, {"Title", unicode.IsTitle},
		{"Upper", unicode.IsUpper},
		{"Han", func(r rune) bool { return unicode.Is(unicode.Han, r) }},
		{"Latin", func(r rune) bool { return unicode.In(r, unicode.Latin, unicode.Greek) }},
	}
	for _, p := range preds {
		n, h := 0, uint32(0)
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if p.f(r) {
				n++
				h = h*31 + uint32(r)
			}
		}
		fmt.Println(p.name, n, h)
	}
	maps := []struct {
		name string
		f    func(rune) rune
	}{
		{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle},
		{"SimpleFold", unicode.SimpleFold}, {"TurkU", unicode.TurkishCase.ToUpper},
	}
	for _, m := range maps {
		h := uint32(0)
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			h = h*31 + uint32(m.f(r))
		}
		fmt.Println(m.name, h)
	}
	fmt.Println(unicode.To(5, 'a'), len(unicode.CaseRanges), unicode.CaseRanges[3], len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties))
	fmt.Println(unicode.Version, len(unicode.Letter.R16), len(unicode.Letter.R32), unicode.Letter.LatinOffset, unicode.Upper.R16[0])
}
