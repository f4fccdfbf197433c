package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func parse(s string) (n int, err error) {
	for _, c := range s {
		if c < '0' || c > '9' {
			err = errors.New("bad digit " + string(c))
			return
		}
		n = n*10 + int(c-'0')
	}
	return
}

func three() (int, string, bool) { return 1, "two", true }

func pass(a int, b string, c bool) string { return fmt.Sprint(a, b, c) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(9, 2))
	n, err := parse("123")
	fmt.Println(n, err)
	n, err = parse("12x")
	fmt.Println(n, err)
	_, r = divmod(10, 3)
	fmt.Println(r)
	fmt.Println(pass(three()))
	var a, b int
	a, b = divmod(100, 7)
	fmt.Println(a, b)
	c, d := func() (x, y int) { x = 3; y = x * 2; return }()
	fmt.Println(c, d)
}
