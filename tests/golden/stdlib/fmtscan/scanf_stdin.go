package main

import "fmt"

func main() {
	var a, b int
	var op string
	for i := 0; i < 6; i++ {
		n, err := fmt.Scanf("%d %s %d\n", &a, &op, &b)
		fmt.Println(n, err, a, op, b)
	}
	var c rune
	n, err := fmt.Scanf("%c", &c)
	fmt.Println(n, err, c)
}
