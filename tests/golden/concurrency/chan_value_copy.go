// Sending copies the value: arrays and structs are copied, slices and maps share storage.
package main

import "fmt"

type rec struct {
	arr [3]int
	sl  []int
	m   map[string]int
}

func main() {
	ch := make(chan rec, 1)
	r := rec{arr: [3]int{1, 2, 3}, sl: []int{1, 2, 3}, m: map[string]int{"a": 1}}
	ch <- r
	r.arr[0] = 100
	r.sl[0] = 100
	r.m["a"] = 100
	got := <-ch
	fmt.Println(got.arr, got.sl, got.m["a"])

	ach := make(chan [2]string)
	go func() {
		a := [2]string{"x", "y"}
		ach <- a
		a[0] = "changed"
		ach <- a
	}()
	a1 := <-ach
	a2 := <-ach
	fmt.Println(a1, a2)
}
