package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
loop:
	for i := 0; ; i++ {
		switch {
		case i == 1:
			continue loop
		case i > 3:
			break loop
		}
		fmt.Print("i=", i, " ")
	}
	fmt.Println()
sw:
	switch x := 2; x {
	case 2:
		for {
			break sw
		}
	}
	fmt.Println("after sw")
}
