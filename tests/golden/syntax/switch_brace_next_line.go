package main

import "fmt"

func main() {
	x := 1
	switch y := x; y
	{
	case 1:
		fmt.Println("one")
	}
}
