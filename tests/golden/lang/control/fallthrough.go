package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		fmt.Print(i, ": ")
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one ")
			fallthrough
		case 2:
			fmt.Print("two ")
		case 3:
			fmt.Print("three ")
			fallthrough
		default:
			fmt.Print("default ")
		}
		fmt.Println()
	}
	switch {
	case false:
		fmt.Println("not here")
		fallthrough
	case true:
		fmt.Println("true case")
		fallthrough
	case false:
		fmt.Println("fell into false case")
	}
}
