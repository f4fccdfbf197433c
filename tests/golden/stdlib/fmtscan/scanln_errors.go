package main

import "fmt"

func main() {
	for i := 0; i < 8; i++ {
		var a, b int
		n, err := fmt.Scanln(&a, &b)
		fmt.Println(i, n, err, a, b)
	}
	var s string
	n, err := fmt.Scanln(&s)
	fmt.Println(n, err, s)
	n, err = fmt.Scanln()
	fmt.Println(n, err)
}
