package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0X1f, 0o17, 017, 0b101, 0B11)
	fmt.Println(1_000_000, 0x_FF_FF, 0b_1010_1010)
	fmt.Println('a', '\n', '\x41', '\u00e9', '\U0001F600', '\'', '\\', '\t', '\000')
	fmt.Println(1e3, 0x1p4, 1_0.5e1)
	var i int = 'z' - 'a'
	fmt.Println(i)
	fmt.Println(07, 010, 0)
}
