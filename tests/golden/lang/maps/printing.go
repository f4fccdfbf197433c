package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	m1 := map[int]string{3: "c", 1: "a", 2: "b", -5: "neg", 100: "h"}
	fmt.Println(m1)
	m2 := map[string]int{"zeta": 1, "alpha": 2, "Beta": 3, "": 4}
	fmt.Println(m2)
	fmt.Printf("%v\n%+v\n%#v\n", m2, m2, m2)
	m3 := map[float64]string{2.5: "x", -1: "y", 0: "z"}
	fmt.Println(m3)
	m4 := map[bool]int{true: 1, false: 0}
	fmt.Println(m4)
	m5 := map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3}
	fmt.Println(m5)
	m6 := map[[2]int]bool{{2, 1}: true, {1, 2}: false}
	fmt.Println(m6)
	m7 := map[string]map[string]int{"x": {"b": 2, "a": 1}, "w": {}}
	fmt.Println(m7)
	var m8 map[string]int
	fmt.Println(m8, len(m8))
	fmt.Printf("%#v\n", m8)
	m9 := map[rune]bool{'b': true, 'a': false}
	fmt.Println(m9)
	m10 := map[interface{}]int{"b": 1, "c": 2, "a": 3}
	fmt.Println(m10)
	m11 := map[int8]uint{-1: 1, 1: 2}
	fmt.Printf("%d %x\n", m11, m11)
}
