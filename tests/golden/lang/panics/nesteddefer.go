package main

import "fmt"

func helper() interface{} {
	return recover()
}

func main() {
	func() {
		defer func() {
			r := helper()
			fmt.Println("recover via helper (not direct):", r)
			fmt.Println("direct:", recover())
		}()
		panic("p1")
	}()
	func() {
		defer func() {
			fmt.Println("outer recover:", recover())
		}()
		defer func() {
			defer func() {
				fmt.Println("nested deferred recover:", recover())
			}()
			panic("p3 inside defer")
		}()
		panic("p2")
	}()
	func() {
		defer func() {
			func() {
				fmt.Println("recover in nested call:", recover())
			}()
			fmt.Println("direct after:", recover())
		}()
		panic("p4")
	}()
	fmt.Println("done")
}
