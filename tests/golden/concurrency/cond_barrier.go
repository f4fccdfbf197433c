// A reusable barrier built from Mutex + Cond: workers advance through phases in lockstep.
package main

import (
	"fmt"
	"sync"
)

type Barrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	n, waiting int
	generation int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Wait() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.n {
		b.waiting = 0
		b.generation++
		b.cond.Broadcast()
		return
	}
	for gen == b.generation {
		b.cond.Wait()
	}
}

func main() {
	const workers, phases = 4, 3
	b := NewBarrier(workers)
	var mu sync.Mutex
	progress := make([]int, workers)
	violations := 0
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for p := 1; p <= phases; p++ {
				mu.Lock()
				progress[w] = p
				for _, q := range progress {
					if q < p-1 || q > p {
						violations++
					}
				}
				mu.Unlock()
				b.Wait()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("progress:", progress, "violations:", violations)
}
