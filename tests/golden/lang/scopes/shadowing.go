package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		_ = x
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}
	switch x := 3.5; {
	case x > 3:
		fmt.Println("switch", x)
	}
	fmt.Println(x)
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
	n, err := 1, fmt.Errorf("reassigned")
	fmt.Println(n, err)
}
