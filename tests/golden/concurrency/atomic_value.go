// atomic.Value: Load before Store is nil; Swap and CompareAndSwap; readers see whole values.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Settings struct {
	Version int
	Name    string
}

func main() {
	var v atomic.Value
	fmt.Println("empty:", v.Load())
	v.Store(Settings{1, "one"})
	s := v.Load().(Settings)
	fmt.Println(s.Version, s.Name)

	var wg sync.WaitGroup
	consistent := true
	var mu sync.Mutex
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				cur := v.Load().(Settings)
				if cur.Name != fmt.Sprint("v", cur.Version) && cur.Version != 1 {
					mu.Lock()
					consistent = false
					mu.Unlock()
				}
			}
		}()
	}
	for i := 2; i <= 50; i++ {
		v.Store(Settings{i, fmt.Sprint("v", i)})
	}
	wg.Wait()
	fmt.Println("readers saw consistent values:", consistent, v.Load().(Settings).Version)

	old := v.Swap(Settings{100, "v100"})
	fmt.Println("swap old:", old.(Settings).Version)
	fmt.Println("cas ok:", v.CompareAndSwap(Settings{100, "v100"}, Settings{101, "v101"}))
	fmt.Println("cas stale:", v.CompareAndSwap(Settings{100, "v100"}, Settings{102, "v102"}))
	fmt.Println("now:", v.Load())
}
