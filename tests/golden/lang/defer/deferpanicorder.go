package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	panic("deep")
}

func level2() {
	defer fmt.Println("level2 defer")
	level3()
	fmt.Println("not reached")
}

func level1() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("level1 recovered: ", r)
		}
	}()
	defer fmt.Println("level1 defer")
	level2()
	return "normal"
}

func main() {
	fmt.Println(level1())
	fmt.Println("main continues")
}
