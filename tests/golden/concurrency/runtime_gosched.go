// runtime.Gosched yields the processor: a goroutine spin-waiting with Gosched lets the
// goroutine it waits for run, even with GOMAXPROCS=1.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var flag atomic.Bool
	var steps atomic.Int32
	go func() {
		for i := 0; i < 3; i++ {
			steps.Add(1)
			runtime.Gosched()
		}
		flag.Store(true)
	}()
	for !flag.Load() {
		runtime.Gosched()
	}
	fmt.Println("flag set after", steps.Load(), "steps")
	runtime.Gosched() // with nothing else to run it simply returns
	fmt.Println("done")
}
