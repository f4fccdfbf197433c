package main

import "fmt"

type Counter struct{ n int }

func makeCounters() []*Counter {
	var out []*Counter
	for i := 0; i < 3; i++ {
		c := Counter{i}
		out = append(out, &c)
	}
	return out
}

func main() {
	cs := makeCounters()
	for _, c := range cs {
		c.n *= 10
	}
	for _, c := range cs {
		fmt.Print(c.n, " ")
	}
	fmt.Println()
	arr := []int{1, 2, 3}
	ptrs := []*int{}
	for i := range arr {
		ptrs = append(ptrs, &arr[i])
	}
	*ptrs[1] = 20
	fmt.Println(arr)
	m := map[string]*Counter{}
	for _, name := range []string{"a", "b"} {
		m[name] = &Counter{len(name)}
	}
	m["a"].n++
	fmt.Println(m["a"].n, m["b"].n)
}
