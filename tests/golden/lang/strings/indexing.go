package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Println(s[0], s[1], s[2], string(s[0]), s[len(s)-1])
	fmt.Printf("%T %c %x\n", s[0], s[0], s[1])
	b := s[7]
	fmt.Println(b == ' ', b)
}
