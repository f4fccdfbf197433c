// The typed atomics: atomic.Int64, Int32, Uint32, Uint64, Bool, Pointer[T].
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct{ name string }

func main() {
	var hits atomic.Int64
	var misses atomic.Int32
	var ops atomic.Uint64
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				if k%4 == 0 {
					misses.Add(1)
				} else {
					hits.Add(1)
				}
				ops.Add(1)
			}
			if i == 7 {
				flag.Store(true)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(hits.Load(), misses.Load(), ops.Load(), flag.Load())
	fmt.Println("swap:", hits.Swap(0), hits.Load())
	fmt.Println("cas:", misses.CompareAndSwap(250, 1), misses.Load())
	fmt.Println("cas fails:", misses.CompareAndSwap(250, 2), misses.Load())
	var u atomic.Uint32
	u.Store(10)
	fmt.Println("uint32:", u.Add(5), u.Load())
	fmt.Println("bool swap:", flag.Swap(false), flag.Load())

	var cfg atomic.Pointer[config]
	fmt.Println("nil pointer:", cfg.Load() == nil)
	first := &config{name: "v1"}
	cfg.Store(first)
	fmt.Println("loaded:", cfg.Load().name)
	fmt.Println("cas pointer:", cfg.CompareAndSwap(first, &config{name: "v2"}), cfg.Load().name)
	old := cfg.Swap(&config{name: "v3"})
	fmt.Println("swapped out:", old.name, "now:", cfg.Load().name)
}
