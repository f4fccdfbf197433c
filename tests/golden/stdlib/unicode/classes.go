package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', '!', '€', 'é', 'ß', 'ǅ', '٣', 'Ⅻ', '中', '\u00a0', '\u2028', '\u0301', 0x7f, 0x10FFFF, -1, '_'} {
		fmt.Printf("%U letter=%v digit=%v num=%v space=%v upper=%v lower=%v title=%v punct=%v ctrl=%v print=%v graphic=%v mark=%v sym=%v\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r),
			unicode.IsTitle(r), unicode.IsPunct(r), unicode.IsControl(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsMark(r), unicode.IsSymbol(r))
		fmt.Printf("  upper=%q lower=%q title=%q fold=%q\n", unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '中'), unicode.Is(unicode.Latin, 'é'), unicode.In('α', unicode.Greek, unicode.Cyrillic), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, '7'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version)
	fmt.Println(unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'), unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'))
	custom := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 2}}}
	fmt.Println(unicode.Is(custom, 'c'), unicode.Is(custom, 'd'))
	n := 0
	for k := range unicode.Scripts {
		if len(k) > 0 {
			n++
		}
	}
	fmt.Println(n, len(unicode.Categories), unicode.Categories["Lu"] == unicode.Upper)
}
