package main

import "fmt"

func describe(vals ...interface{}) {
	for _, v := range vals {
		fmt.Printf("%v:%T ", v, v)
	}
	fmt.Println()
}

func main() {
	describe(1, "a", 2.5, true, nil, []int{1}, map[string]int{}, struct{}{}, 'x', byte(1))
	var v interface{}
	v = 5
	v = v.(int) * 2
	fmt.Println(v)
	items := []interface{}{1, "two", 3.0}
	items = append(items, []interface{}{4, "five"}...)
	fmt.Println(items, len(items))
	var a any = "alias"
	fmt.Println(a)
	m := map[string]any{"n": 1, "s": "x", "l": []any{1, "y"}}
	fmt.Println(m)
}
