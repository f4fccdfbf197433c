// runtime: GOOS/GOARCH, GOMAXPROCS, NumGoroutine, Gosched, Goexit in a goroutine, runtime.Error.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler)
	old := runtime.GOMAXPROCS(3)
	fmt.Println("now:", runtime.GOMAXPROCS(0), "restored:", runtime.GOMAXPROCS(old) == 3)
	fmt.Println("cpus > 0:", runtime.NumCPU() > 0)
	fmt.Println("goroutines:", runtime.NumGoroutine())

	release := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("goroutines:", runtime.NumGoroutine())
	close(release)

	done := make(chan string)
	go func() {
		defer func() { done <- "deferred ran" }()
		func() {
			defer fmt.Println("inner defer")
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	fmt.Println(<-done)

	var order []int
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 3; k++ {
				mu.Lock()
				order = append(order, i)
				mu.Unlock()
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println("entries:", len(order))
	runtime.GC()

	for _, f := range []func(){
		func() { var m map[string]int; m["x"] = 1 },
		func() { s := []int{}; _ = s[3] },
		func() { var x any = "s"; _ = x.(int) },
		func() { panic(errors.New("plain error")) },
		func() { panic("string") },
	} {
		func() {
			defer func() {
				r := recover()
				re, ok := r.(runtime.Error)
				if ok {
					fmt.Println("runtime.Error:", re.Error())
				} else {
					fmt.Println("not a runtime.Error:", r)
				}
				var target runtime.Error
				err, _ := r.(error)
				fmt.Println("  errors.As:", errors.As(err, &target))
			}()
			f()
		}()
	}
}
