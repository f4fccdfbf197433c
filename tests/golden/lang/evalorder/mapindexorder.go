package main

import "fmt"

func main() {
	m := map[string]int{}
	key := func(k string) string { fmt.Println("key", k); return k }
	val := func(v int) int { fmt.Println("val", v); return v }
	m[key("a")] = val(1)
	m[key("b")] += val(2)
	fmt.Println(m)
	var arr [2]int
	idx := func(i int) int { fmt.Println("idx", i); return i }
	arr[idx(0)], arr[idx(1)] = val(10), val(20)
	fmt.Println(arr)
	x := 1
	y := x + func() int { x = 100; return 1 }()
	fmt.Println(y == 2 || y == 101)
}
