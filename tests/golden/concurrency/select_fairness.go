// When several cases are ready, select picks one uniformly at random.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	counts := [3]int{}
	const n = 3000
	for i := 0; i < n; i++ {
		a <- 0
		b <- 1
		c <- 2
		select {
		case v := <-a:
			counts[v]++
		case v := <-b:
			counts[v]++
		case v := <-c:
			counts[v]++
		}
		// drain the two cases not taken
		for len(a)+len(b)+len(c) > 0 {
			select {
			case <-a:
			case <-b:
			case <-c:
			}
		}
	}
	fmt.Println("total:", counts[0]+counts[1]+counts[2])
	for i, k := range counts {
		// expected 1000 each; 700 is more than 10 standard deviations away
		fmt.Printf("case %d chosen at least 700 times: %v\n", i, k >= 700)
	}
}
