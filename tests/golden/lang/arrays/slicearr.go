package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:4]
	fmt.Println(s, len(s), cap(s))
	s[0] = 10
	fmt.Println(arr)
	s = append(s, 40)
	fmt.Println(arr, s)
	s = append(s, 50, 60)
	s[0] = -1
	fmt.Println(arr, s, len(s), cap(s))
	t := arr[:]
	t[5] = 555
	fmt.Println(arr[5])
	p := &arr
	u := p[2:]
	fmt.Println(u)
	var mat [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			mat[i][j] = i*3 + j
		}
	}
	fmt.Println(mat)
	col := mat[1][:]
	fmt.Println(col)
}
