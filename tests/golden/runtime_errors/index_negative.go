package main

import "fmt"

func main() {
	a := [4]int{1, 2, 3, 4}
	i := -2
	fmt.Println(len(a))
	a[i+1] = 5
}
