package main

import "fmt"

func main() {
	fmt.Printf("%[1]d %[1]x %[1]o %#[1]b\n", 64)
	fmt.Printf("%[2]s %[1]s %s\n", "a", "b")
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[5]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%[1]d %[1]d\n", 9)
	fmt.Printf("%[2]d\n", 1, 2, 3)
}
