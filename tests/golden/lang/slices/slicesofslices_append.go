package main

import "fmt"

func subsets(nums []int) [][]int {
	res := [][]int{{}}
	for _, n := range nums {
		size := len(res)
		for i := 0; i < size; i++ {
			cur := append([]int{}, res[i]...)
			cur = append(cur, n)
			res = append(res, cur)
		}
	}
	return res
}

func permutations(a []int) [][]int {
	if len(a) <= 1 {
		return [][]int{append([]int(nil), a...)}
	}
	var out [][]int
	for i := range a {
		rest := make([]int, 0, len(a)-1)
		rest = append(rest, a[:i]...)
		rest = append(rest, a[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{a[i]}, p...))
		}
	}
	return out
}

func main() {
	fmt.Println(subsets([]int{1, 2, 3}))
	fmt.Println(permutations([]int{1, 2, 3}))
	fmt.Println(len(permutations([]int{1, 2, 3, 4, 5})))
}
