package main

import "fmt"

func main() {
	type tc struct{ in, format string }
	tests := []tc{
		{"3 4", "%d %d"}, {"3,4", "%d,%d"}, {"3, 4", "%d,%d"}, {"3 ,4", "%d,%d"}, {"3 4", "%d%d"},
		{"x=5 y=6", "x=%d y=%d"}, {"x=5y=6", "x=%d y=%d"}, {"x= 5 y=6", "x=%d y=%d"},
		{"12345", "%3d%d"}, {"ab12", "%2s%d"}, {"abc def", "%s %s"}, {"abc\ndef", "%s %s"},
		{"abc\ndef", "%s\n%s"}, {"abc \n def", "%s\n%s"}, {"abc def", "%s\n%s"}, {"1\n", "%d\n"},
		{"1", "%d\n"}, {"1\n\n2", "%d\n%d"}, {"1\n\n2", "%d\n\n%d"}, {"1 2\n", "%d %d"},
		{"ff", "%x"}, {"FF", "%X"}, {"777", "%o"}, {"101", "%b"}, {"0x1f", "%x"}, {"-0x1f", "%v"},
		{"12", "%c"}, {" 12", "%c%c"}, {"\n1", "%c"}, {"é", "%c"}, {"abc", "%5c"},
		{"\"hi there\" x", "%q %s"}, {"`raw str`", "%q"}, {"\"bad\\q\"", "%q"}, {"noquote", "%q"},
		{"\"unterminated", "%q"}, {"68656c6c6f", "%x"}, {"6g", "%x"}, {"zz", "%x"}, {"48 49", "%x %x"},
		{"100%", "%d%%"}, {"100 %", "%d %%"}, {"100x", "%d%%"}, {"5", "%d %d"}, {"5 6 7", "%d"},
		{"5", "%"}, {"5", "%d %"}, {"3.5 2.5e2", "%f %g"}, {"3.5", "%e"}, {"true", "%t"}, {"true", "%d"},
		{"1", "%s"}, {"abc", "%d"}, {"12abc", "%d%s"}, {"U+0041", "%U"}, {"A", "%U"},
		{"12 34", "%1d%1d"}, {"  7", "%d"}, {"7   ", "%d "}, {"7", "%d "}, {"7 8", "%d  %d"},
		{"7\t8", "%d %d"}, {"hello", "hel%s"}, {"help", "hello%s"}, {"", "%d"}, {"", ""},
		{"abc", ""}, {"abc", "abc"}, {"abd", "abc"}, {"1 2", "%d\t%d"}, {"1\r\n2", "%d\n%d"},
		{"123456789012", "%5d%5d%2d"}, {"-12", "%2d%d"}, {"ab", "%1s%1s"}, {"é€", "%1s%1s"},
		{"1.5e", "%f"}, {"0x1.8p1", "%g"}, {"1_000", "%d"}, {"1_000", "%v"}, {"+12", "%d"},
		{"x", "%z"}, {"x", "%!"}, {"12 13", "%d%s"},
	}
	for _, t := range tests {
		var a, b, c any
		var i1, i2, i3 int
		var s1, s2 string
		var f1, f2 float64
		var r1, r2 rune
		var bo bool
		var u uint
		switch {
		case t.format == "%s %s" || t.format == "%s\n%s" || t.format == "hel%s" || t.format == "hello%s" || t.format == "%2s%d" && false || t.format == "%q %s" || t.format == "%1s%1s":
			a, b = &s1, &s2
		case t.format == "%f %g":
			a, b = &f1, &f2
		case t.format == "%f" || t.format == "%e" || t.format == "%g":
			a = &f1
		case t.format == "%c" || t.format == "%c%c" || t.format == "%5c":
			a, b = &r1, &r2
		case t.format == "%q" || t.format == "%s" || t.format == "%z" || t.format == "%!":
			a = &s1
		case t.format == "%x" && (t.in == "68656c6c6f" || t.in == "6g" || t.in == "zz"):
			a = &s1
		case t.format == "%x %x":
			a, b = &s1, &s2
		case t.format == "%t":
			a = &bo
		case t.format == "%U":
			a = &r1
		case t.format == "%2s%d" || t.format == "%d%s":
			a, b = &s1, &i2
			if t.format == "%d%s" {
				a, b = &i1, &s2
			}
		case t.format == "%o" || t.format == "%b":
			a = &u
		default:
			a, b, c = &i1, &i2, &i3
		}
		var n int
		var err error
		switch {
		case c != nil && (t.format == "%5d%5d%2d"):
			n, err = fmt.Sscanf(t.in, t.format, a, b, c)
		case b != nil && (len(t.format) > 2 && t.format != "%d%%" && t.format != "%d %%" && t.format != "%d\n" && t.format != "%d " && t.format != "%c" && t.format != "%d %" || t.format == "%d%d" || t.format == "%c%c"):
			n, err = fmt.Sscanf(t.in, t.format, a, b)
		default:
			n, err = fmt.Sscanf(t.in, t.format, a)
		}
		fmt.Printf("%q %q: n=%d err=%v | %d %d %d %q %q %v %v %q %q %v %d\n", t.in, t.format, n, err, i1, i2, i3, s1, s2, f1, f2, r1, r2, bo, u)
	}
}
