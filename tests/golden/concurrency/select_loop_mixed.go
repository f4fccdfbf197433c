// select mixing a send case and a receive case in one loop: a bounded queue in one goroutine.
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		var queue []int
		inCh := in
		for inCh != nil || len(queue) > 0 {
			var sendCh chan int
			var next int
			if len(queue) > 0 {
				sendCh = out // enable the send case only when there is something to send
				next = queue[0]
			}
			select {
			case v, ok := <-inCh:
				if !ok {
					inCh = nil
					continue
				}
				queue = append(queue, v)
			case sendCh <- next:
				queue = queue[1:]
			}
		}
		close(out)
	}()
	go func() {
		for i := 1; i <= 20; i++ {
			in <- i
		}
		close(in)
	}()
	var got []int
	for v := range out {
		got = append(got, v)
	}
	fmt.Println(got) // FIFO order is kept
}
