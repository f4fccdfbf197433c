// A token passed around a ring of goroutines for several laps.
package main

import "fmt"

func main() {
	const n, laps = 50, 3
	first := make(chan int)
	in := first
	for i := 0; i < n-1; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	last := in
	v := 0
	for lap := 0; lap < laps; lap++ {
		first <- v
		v = <-last + 1
		fmt.Println("lap", lap+1, "token", v)
	}
	close(first)
	_, ok := <-last
	fmt.Println("ring closed:", !ok)
}
