// go1.22: slice to array conversion needs Go 1.20
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	a := [3]int(s)
	fmt.Println(a)
	b := [4]int(s)
	fmt.Println(b)
}
