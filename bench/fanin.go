// bench: one consumer selecting over 4 producers, N messages in total.
package main

import "fmt"

const N = 1000000
const Producers = 4

func main() {
	chans := make([]chan int, Producers)
	for p := range chans {
		chans[p] = make(chan int, 16)
		go func(p int, ch chan<- int) {
			for i := p; i < N; i += Producers {
				ch <- i
			}
			close(ch)
		}(p, chans[p])
	}
	a, b, c, d := chans[0], chans[1], chans[2], chans[3]
	sum, count, open := 0, 0, Producers
	for open > 0 {
		var v int
		var ok bool
		select {
		case v, ok = <-a:
			if !ok {
				a = nil
			}
		case v, ok = <-b:
			if !ok {
				b = nil
			}
		case v, ok = <-c:
			if !ok {
				c = nil
			}
		case v, ok = <-d:
			if !ok {
				d = nil
			}
		}
		if !ok {
			open--
			continue
		}
		sum += v & 255
		count++
	}
	fmt.Println("fanin", count, "sum", sum)
}
