// Many goroutines use one sync.Map; LoadOrStore elects exactly one winner per key.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var m sync.Map
	var wins int64
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				if _, loaded := m.LoadOrStore(k, g); !loaded {
					atomic.AddInt64(&wins, 1)
				}
			}
		}(g)
	}
	wg.Wait()
	count := 0
	ok := true
	m.Range(func(k, v any) bool {
		count++
		g := v.(int)
		ok = ok && g >= 0 && g < 16
		return true
	})
	fmt.Println("keys:", count, "winners:", wins, "values valid:", ok)
}
