// A ticker delivers ticks until stopped; count five of them.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(2 * time.Millisecond)
	start := time.Now()
	n := 0
	for range ticker.C {
		n++
		if n == 5 {
			break
		}
	}
	ticker.Stop()
	fmt.Println("ticks:", n)
	fmt.Println("at least 10ms elapsed:", time.Since(start) >= 10*time.Millisecond)

	// Ticker in a select loop with a done channel.
	t2 := time.NewTicker(time.Millisecond)
	defer t2.Stop()
	done := time.After(200 * time.Millisecond)
	count := 0
loop:
	for {
		select {
		case <-t2.C:
			count++
			if count == 3 {
				break loop
			}
		case <-done:
			fmt.Println("impossible: ticker too slow")
			break loop
		}
	}
	fmt.Println("select ticks:", count)
}
