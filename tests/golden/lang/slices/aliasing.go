package main

import "fmt"

func modify(s []int) {
	s[0] = 100
}

func grow(s []int) []int {
	s = append(s, 4)
	s[0] = -1
	return s
}

func main() {
	a := []int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	modify(a)
	fmt.Println(a)
	c := grow(a)
	fmt.Println(a, c)
	d := make([]int, 3, 10)
	e := grow(d)
	fmt.Println(d, e)
	x := []int{1, 2, 3, 4}
	y := x[1:3]
	y = append(y, 99)
	fmt.Println(x, y)
	y = append(y, 100)
	y[0] = 0
	fmt.Println(x, y)
	matrix := make([][]int, 3)
	row := make([]int, 3)
	for i := range matrix {
		matrix[i] = row
	}
	matrix[0][0] = 5
	fmt.Println(matrix)
	for i := range matrix {
		matrix[i] = make([]int, 3)
	}
	matrix[0][0] = 5
	fmt.Println(matrix)
}
