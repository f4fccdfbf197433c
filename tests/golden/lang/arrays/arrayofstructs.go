package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func main() {
	var inv [3]Item
	inv[0] = Item{"apple", 3}
	inv[1].Name = "pear"
	inv[1].Count = 5
	fmt.Println(inv)
	fmt.Printf("%+v\n", inv)
	total := 0
	for _, it := range inv {
		total += it.Count
	}
	fmt.Println(total)
	ptrs := [2]*Item{&inv[0], &inv[1]}
	ptrs[0].Count = 100
	fmt.Println(inv[0], *ptrs[1])
	nested := [2][2]Item{}
	nested[1][0].Count = 7
	fmt.Printf("%v\n", nested)
}
