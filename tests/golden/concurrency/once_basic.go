// sync.Once runs its function exactly once, and every Do returns after it has completed.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	inits  int
)

func loadConfig() {
	inits++
	config = map[string]string{"mode": "fast", "level": "3"}
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(loadConfig)
			results[i] = config["mode"] // visible: Do returns after loadConfig finished
		}(i)
	}
	wg.Wait()
	ok := true
	for _, r := range results {
		ok = ok && r == "fast"
	}
	fmt.Println("inits:", inits, "all saw config:", ok)
	once.Do(func() { fmt.Println("never printed") })
	var other sync.Once
	other.Do(func() { fmt.Println("a different Once runs its own function") })
}
