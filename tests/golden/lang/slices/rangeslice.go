package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 10)
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s)
	t := []int{1, 2, 3}
	for i := range t {
		t[i] *= 10
	}
	fmt.Println(t)
	u := []int{1, 2, 3, 4}
	for _, v := range u {
		v *= 100
		_ = v
	}
	fmt.Println(u)
	w := []int{1, 2, 3}
	for i, v := range w {
		w[len(w)-1-i] = v
	}
	fmt.Println(w)
	count := 0
	for range make([]struct{}, 7) {
		count++
	}
	fmt.Println(count)
}
