package main

import "fmt"

func work(n int) (result int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered in work:", r)
			result = -1
		}
	}()
	if n > 2 {
		panic(fmt.Sprintf("n too big: %d", n))
	}
	return n * 10
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(i, work(i))
	}
	defer fmt.Println("main deferred runs")
	func() {
		defer func() {
			recover()
		}()
		var m map[int]int
		m[1] = 1
	}()
	fmt.Println("after nil map panic")
}
