package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func filter(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func reverse(s []string) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	s = remove(s, 2)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 1, 42)
	fmt.Println(s, len(s), cap(s))
	ev := filter([]int{1, 2, 3, 4, 5, 6, 7, 8}, func(x int) bool { return x%2 == 0 })
	fmt.Println(ev)
	words := []string{"a", "b", "c", "d"}
	reverse(words)
	fmt.Println(words)
	stack := []int{}
	for i := 0; i < 4; i++ {
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println()
	q := []string{"x", "y", "z"}
	for len(q) > 0 {
		fmt.Print(q[0])
		q = q[1:]
	}
	fmt.Println()
	clone := append([]int(nil), s...)
	clone[0] = 999
	fmt.Println(s[0], clone[0])
}
