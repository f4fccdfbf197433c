package main

import "fmt"

func main() {
	fmt.Printf("[%5v][%-5v][%05v]\n", 42, 42, 42)
	fmt.Printf("[%5v][%-5v]\n", "ab", "ab")
	fmt.Printf("[%5v][%5v]\n", true, nil)
	fmt.Printf("[%6.2v][%.3v][%10.4v]\n", 3.14159, "abcdef", 123.456789)
	fmt.Printf("[%*s][%-*s]\n", 6, "r", 6, "l")
	fmt.Printf("[%*d]\n", -6, 5)
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%v][%3v][%-4v]\n", []int{1, 22}, []int{1, 22}, []string{"a"})
	fmt.Printf("[%05d][%05s][%05.1f][%-05d]\n", -42, "ab", -2.5, 7)
	fmt.Printf("[% d][% d][%+d][%+d]\n", 5, -5, 5, -5)
	fmt.Printf("[%x][% x][%#x][%# x][%X]\n", []byte{1, 171}, []byte{1, 171}, []byte{1, 171}, []byte{1, 171}, []byte{1, 171})
	fmt.Printf("[%6.2f%%]\n", 12.3456)
	fmt.Printf("[%+q][%#v][%#v][%#v]\n", "ü", "s", 42, 1.0)
	fmt.Printf("[%#v][%#v][%#v][%#v]\n", []interface{}{1, "a", nil}, map[string]bool{}, int8(3), uint(7))
	fmt.Printf("[%#v][%#v][%#v]\n", 'x', 2.5e10, 1e-7)
	fmt.Printf("[%v][%d]\n", &[]int{1}, &[2]int{3, 4})
	fmt.Printf("[%8.3e][%-12G]\n", 1234.5678, 1e-10)
}
