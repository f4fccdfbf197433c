package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%v|%q|%x|%X|% x|%#x|%# x\n", s, s, s, s, s, s, s, s)
	fmt.Printf("%8s|%-8s|%.3s|%8.2s|%-8.2s|\n", s, s, s, s, s)
	fmt.Printf("%q|%+q|%#q|%#+q\n", "tab\t", "é", "back`tick", "x")
	b := []byte("hi")
	fmt.Printf("%s|%v|%q|%x|%d\n", b, b, b, b, b)
	rs := []rune("hé")
	fmt.Printf("%v|%q|%c|%U\n", rs, rs, rs, rs)
	strs := []string{"a", "b c", ""}
	fmt.Printf("%v|%s|%q|%x\n", strs, strs, strs, strs)
	fmt.Printf("%5q|%-5q|\n", "a", "b")
	fmt.Printf("%s\n", []string(nil))
	fmt.Printf("%010s|%-010s|\n", "pad", "pad")
	fmt.Printf("%.0s|%.10s|\n", "gone", "short")
}
