package main

import "fmt"

func inner() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprint("re-panic: ", r))
		}
	}()
	panic("original")
}

func outer() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("outer got: ", r)
		}
	}()
	inner()
	return "unreachable"
}

func main() {
	fmt.Println(outer())
	func() {
		defer func() {
			fmt.Println("second recover:", recover())
		}()
		defer func() {
			panic("panic in defer replaces")
		}()
		panic("first")
	}()
	fmt.Println("recover outside panic:", recover())
}
