// break inside select leaves only the select; a labeled break leaves the loop.
package main

import "fmt"

func main() {
	ch := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 1; i <= 5; i++ {
			ch <- i
		}
		close(quit)
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-ch:
			if v%2 == 0 {
				break // leaves the select only
			}
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum of odd values:", sum)

	n := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			select {
			default:
				if i == 1 && j == 1 {
					continue outer
				}
				if i == 2 && j == 2 {
					break outer
				}
				n++
			}
		}
	}
	fmt.Println("n:", n)
}
