// One cancel stops a tree of worker goroutines; each reports how it stopped.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

func worker(ctx context.Context, name string, wg *sync.WaitGroup, started *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	started.Done()
	<-ctx.Done()
	out <- name + ": " + ctx.Err().Error()
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string, 10)
	var wg, started sync.WaitGroup
	for _, group := range []string{"db", "cache"} {
		gctx, gcancel := context.WithCancel(ctx)
		defer gcancel()
		for i := 1; i <= 3; i++ {
			wg.Add(1)
			started.Add(1)
			go worker(gctx, fmt.Sprintf("%s-%d", group, i), &wg, &started, out)
		}
	}
	started.Wait()
	cancel()
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
