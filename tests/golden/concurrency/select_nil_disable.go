// Merging two channels: set a channel variable to nil once it is closed to disable its case.
package main

import (
	"fmt"
	"sort"
)

func source(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- v
		}
	}()
	return ch
}

func main() {
	a := source(1, 2, 3)
	b := source(10, 20, 30, 40)
	sumA, sumB, n := 0, 0, 0
	var closed []string
	var fromB []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closed = append(closed, "a")
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				closed = append(closed, "b")
				continue
			}
			sumB += v
			fromB = append(fromB, v) // per-channel order is preserved
			n++
		}
	}
	sort.Strings(closed)
	fmt.Println("closed:", closed)
	fmt.Println("from b in order:", fromB)
	fmt.Println("sums:", sumA, sumB, "messages:", n)
}
