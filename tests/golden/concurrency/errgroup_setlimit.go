// errgroup.SetLimit bounds the number of active goroutines; Go blocks until a slot frees.
package main

import (
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(2)
	var mu sync.Mutex
	active, maxActive := 0, 0
	sum := 0
	for i := 1; i <= 10; i++ {
		i := i
		g.Go(func() error {
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			active--
			sum += i
			mu.Unlock()
			return nil
		})
	}
	fmt.Println("wait:", g.Wait())
	fmt.Println("sum:", sum, "max active <= 2:", maxActive <= 2)
}
