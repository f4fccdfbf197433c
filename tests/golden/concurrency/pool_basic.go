// sync.Pool: Get returns a pooled object or a fresh one from New. Which one is not
// guaranteed, so the program only prints properties that hold either way.
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

func main() {
	var created atomic.Int32 // New may run in several goroutines at once
	pool := sync.Pool{
		New: func() any {
			created.Add(1)
			return new(strings.Builder)
		},
	}
	b := pool.Get().(*strings.Builder)
	fmt.Println("first Get calls New:", created.Load() == 1)
	b.WriteString("hello")
	fmt.Println(b.String())
	b.Reset()
	pool.Put(b)
	b2 := pool.Get().(*strings.Builder)
	fmt.Println("reused or new, it is empty:", b2.Len() == 0)
	fmt.Println("New called at most twice:", created.Load() <= 2)

	var empty sync.Pool // no New: Get on an empty pool returns nil
	fmt.Println("empty pool:", empty.Get())

	// Concurrent use.
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				sb := pool.Get().(*strings.Builder)
				sb.Reset()
				fmt.Fprintf(sb, "%d-%d", i, k)
				n := sb.Len()
				pool.Put(sb)
				mu.Lock()
				total += n
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("bytes written:", total)
}
