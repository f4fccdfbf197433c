package main

import "fmt"

func main() {
	for i := 1; i <= 9; i++ {
		for j := 1; j <= i; j++ {
			fmt.Printf("%d*%d=%-3d", j, i, i*j)
		}
		fmt.Println()
	}
	count := 0
	for a := 1; a < 20; a++ {
		for b := a; b < 20; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c {
					fmt.Print("(", a, b, c, ")")
					count++
				}
			}
		}
	}
	fmt.Println()
	fmt.Println(count)
}
