package main

import "fmt"

func main() {
	m := map[int]string{1: "a", 2: "b", 3: "c"}
	delete(m, 2)
	delete(m, 42)
	fmt.Println(m, len(m))
	var nm map[int]string
	delete(nm, 1)
	fmt.Println(nm == nil)
	mm := map[[2]int]bool{{1, 2}: true}
	delete(mm, [2]int{1, 2})
	fmt.Println(len(mm))
	mi := map[interface{}]int{1: 1, "1": 2}
	delete(mi, 1)
	fmt.Println(mi)
}
