// Scanf verbs on standard input: %c %q %x %X %o %b %U %t %e %g %s with widths.
package main

import "fmt"

func main() {
	var r1, r2, r3 rune
	n, err := fmt.Scanf("%c%c%c\n", &r1, &r2, &r3)
	fmt.Printf("%d %v %q %q %q\n", n, err, r1, r2, r3)
	var q1, q2 string
	n, err = fmt.Scanf("%q %q\n", &q1, &q2)
	fmt.Printf("%d %v %q %q\n", n, err, q1, q2)
	var h string
	var hx, ho, hb int
	n, err = fmt.Scanf("%x %x %o %b\n", &h, &hx, &ho, &hb)
	fmt.Printf("%d %v %q %d %d %d\n", n, err, h, hx, ho, hb)
	var u rune
	var t bool
	var e, g float64
	n, err = fmt.Scanf("%U %t %e %g\n", &u, &t, &e, &g)
	fmt.Printf("%d %v %q %v %v %v\n", n, err, u, t, e, g)
	var s1, s2 string
	var w int
	n, err = fmt.Scanf("%3s%2d%s\n", &s1, &w, &s2)
	fmt.Printf("%d %v %q %d %q\n", n, err, s1, w, s2)
	var c1, c2 rune
	n, err = fmt.Scanf("%c %c\n", &c1, &c2)
	fmt.Printf("%d %v %q %q\n", n, err, c1, c2)
	var by []byte
	n, err = fmt.Scanf("%x\n", &by)
	fmt.Printf("%d %v %q\n", n, err, by)
	var bad int
	n, err = fmt.Scanf("%q\n", &bad)
	fmt.Printf("%d %v %d\n", n, err, bad)
	n, err = fmt.Scanf("%d%%\n", &bad)
	fmt.Printf("%d %v %d\n", n, err, bad)
	var rest string
	n, err = fmt.Scanf("%s", &rest)
	fmt.Printf("%d %v %q\n", n, err, rest)
}
