// Each goroutine writes only its own slice element: no lock needed, order is by index.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	upper := make([]string, len(words))
	lengths := make([]int, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func(i int, w string) {
			defer wg.Done()
			upper[i] = strings.ToUpper(w)
			lengths[i] = len(w)
		}(i, w)
	}
	wg.Wait()
	fmt.Println(upper)
	fmt.Println(lengths)
}
