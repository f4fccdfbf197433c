package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	fmt.Println()
	for _, v := range s {
		fmt.Print(v)
	}
	fmt.Println()
	for i, v := range s {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	var i int
	var v string
	for i, v = range s {
	}
	fmt.Println(i, v)
	arr := [...]int{10, 20}
	for i, x := range arr {
		fmt.Print(i, x, " ")
	}
	fmt.Println()
	for i, r := range "aé" {
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
	m := map[string]int{"only": 1}
	for k, v := range m {
		fmt.Println(k, v)
	}
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	for x := range ch {
		fmt.Print(x)
	}
	fmt.Println()
	evaluated := 0
	get := func() []int { evaluated++; return []int{1, 2, 3} }
	for range get() {
	}
	fmt.Println("evaluated", evaluated)
}
