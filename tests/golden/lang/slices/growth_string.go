// go1.22: expected output from gc 1.22 (since Go 1.22 malloc headers change the capacity append picks for element types holding pointers once the array exceeds 512 bytes; gc 1.19 prints other capacities)
package main

import "fmt"

func main() {
	var s []string
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, "x")
		if cap(s) != prev {
			fmt.Println(len(s), cap(s))
			prev = cap(s)
		}
	}
	var ifs []interface{}
	prev = -1
	for i := 0; i < 600; i++ {
		ifs = append(ifs, i)
		if cap(ifs) != prev {
			fmt.Println("iface", len(ifs), cap(ifs))
			prev = cap(ifs)
		}
	}
}
