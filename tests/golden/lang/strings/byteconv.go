package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	fmt.Println(b, len(b))
	b[0] = 'H'
	fmt.Println(string(b), s)
	r := []rune(s)
	fmt.Println(r, len(r))
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string([]byte{}), len(string([]byte(nil))))
	fmt.Println(string([]rune{0x4e16, 0x754c}))
	bad := []byte{0xff, 'a', 0xc3}
	fmt.Println([]rune(string(bad)))
	fmt.Println(string(rune(65)), string(rune(0x10FFFF+1)) == "\uFFFD", string(rune(-1)))
	x := []byte("abc")
	y := x
	y[0] = 'z'
	fmt.Println(string(x), string(y))
	fmt.Printf("%s %v %x %X % x\n", b, b, b, "hi", "hi")
}
