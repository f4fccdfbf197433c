package main

import "fmt"

func modify(s string) string {
	b := []byte(s)
	b[0] = 'X'
	return string(b)
}

func main() {
	orig := "hello"
	m := modify(orig)
	fmt.Println(orig, m)
	parts := []string{}
	for _, w := range []string{"a", "bb", "ccc"} {
		parts = append(parts, w+w)
	}
	fmt.Println(parts)
	s := "abc"
	p := &s
	*p = "xyz"
	fmt.Println(s)
	arr := [3]string{"x", "y", "z"}
	cp := arr
	cp[0] = "changed"
	fmt.Println(arr, cp)
}
