package main

import "fmt"

func main() {
	a := make([]int, 5, 10)
	j, k := 3, 11
	fmt.Println(len(a[1:j:j]))
	fmt.Println(a[1:j:k])
}
