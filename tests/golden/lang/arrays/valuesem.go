package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleP(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	x := [3]int{1, 2, 3}
	y := x
	y[0] = 100
	fmt.Println(x, y)
	z := double(x)
	fmt.Println(x, z)
	doubleP(&x)
	fmt.Println(x)
	p := &x
	p[1] = 50
	fmt.Println(x, len(p))
	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[0] = 99
	fmt.Println(grid, row)
	for _, r := range grid {
		r[1] = 0
	}
	fmt.Println(grid)
	for i := range grid {
		grid[i][1] = 0
	}
	fmt.Println(grid)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy:", v)
		}
	}
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		arr2[2] = 100
		if i == 2 {
			fmt.Println("range ptr:", v)
		}
	}
}
