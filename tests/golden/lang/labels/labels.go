package main

import "fmt"

func find(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	grid := [][]int{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(find(grid, 4))
	fmt.Println(find(grid, 7))
	count := 0
rows:
	for _, row := range grid {
	cols:
		for _, v := range row {
			switch {
			case v%2 == 0:
				continue cols
			case v == 5:
				break rows
			}
			count += v
		}
	}
	fmt.Println(count)
	i := 0
again:
	i++
	if i < 3 {
		goto again
	}
	fmt.Println(i)
	{
	block:
		for {
			break block
		}
	}
	fmt.Println("end")
}
