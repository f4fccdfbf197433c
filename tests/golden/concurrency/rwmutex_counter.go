// sync.RWMutex: many readers and some writers over a shared map; final state is exact.
package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	mu   sync.RWMutex
	hits map[string]int
}

func (s *Stats) Hit(page string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[page]++
}

func (s *Stats) Get(page string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.hits[page]
}

func main() {
	s := &Stats{hits: map[string]int{}}
	var wg sync.WaitGroup
	reads := make([]int, 20)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				s.Hit([]string{"home", "about"}[i%2])
			}
		}(w)
	}
	for r := 0; r < 20; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				if s.Get("home") >= 0 {
					reads[r]++
				}
			}
		}(r)
	}
	wg.Wait()
	total := 0
	for _, n := range reads {
		total += n
	}
	fmt.Println("home:", s.Get("home"), "about:", s.Get("about"), "reads:", total)
}
