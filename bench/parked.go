// bench: N goroutines parked on one channel (memory per goroutine). Prints the goroutine
// count while they are all blocked, then releases them.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

const N = 100000

func main() {
	release := make(chan struct{})
	var started, done sync.WaitGroup
	started.Add(N)
	done.Add(N)
	for i := 0; i < N; i++ {
		go func() {
			started.Done()
			<-release
			done.Done()
		}()
	}
	started.Wait()
	fmt.Println("parked goroutines", runtime.NumGoroutine()-1)
	close(release)
	done.Wait()
	fmt.Println("released", N)
}
