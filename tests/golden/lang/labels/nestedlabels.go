package main

import "fmt"

func main() {
	var out []string
a:
	for i := 0; i < 3; i++ {
	b:
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				if k == 1 {
					continue b
				}
				if j == 2 {
					continue a
				}
				if i == 2 {
					break a
				}
				out = append(out, fmt.Sprint(i, j, k))
			}
		}
	}
	fmt.Println(out)
}
