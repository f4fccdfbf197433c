package main

import "fmt"

const N = 3

type Matrix [N][N]int

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			for k := 0; k < N; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func transpose(m Matrix) Matrix {
	for i := 0; i < N; i++ {
		for j := i + 1; j < N; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(mul(a, id) == a)
	fmt.Println(mul(a, a))
	fmt.Println(transpose(a))
	fmt.Println(a)
	p := a
	for i := 0; i < 3; i++ {
		p = mul(p, a)
	}
	fmt.Println(p)
}
