package main

import "fmt"

func main() {
	s := "Hello, World"
	fmt.Println(s[7:], s[:5], s[3:8], s[:], s[12:], len(s[12:]))
	t := s[7:12]
	fmt.Println(t, len(t))
	u := "日本語"
	fmt.Println(u[3:6], u[:3])
	fmt.Printf("%q\n", u[1:4])
	i, j := 2, 4
	fmt.Println(s[i:j], s[i:], s[:j])
	sub := s[0:0]
	fmt.Println(sub == "", len(sub))
}
