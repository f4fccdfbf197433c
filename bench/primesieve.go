// bench: the concurrent prime sieve (a chain of filter goroutines), first N primes.
package main

import "fmt"

const N = 3000

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum, last := 0, 0
	for i := 0; i < N; i++ {
		prime := <-ch
		sum += prime
		last = prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("primesieve", N, "last", last, "sum", sum)
}
