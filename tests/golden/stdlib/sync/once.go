// sync.Once, OnceFunc, OnceValue, OnceValues: single execution, panics replayed.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	count := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { count++ })
		}()
	}
	wg.Wait()
	fmt.Println("count:", count)

	calls := 0
	f := sync.OnceFunc(func() { calls++; fmt.Println("OnceFunc body") })
	f()
	f()
	fmt.Println("calls:", calls)

	v := sync.OnceValue(func() int { calls++; return 6 * 7 })
	fmt.Println(v(), v(), calls)

	vs := sync.OnceValues(func() (string, error) { calls++; return "data", errors.New("partial") })
	s, err := vs()
	s2, err2 := vs()
	fmt.Println(s, err, s2, err2, calls)

	p := sync.OnceFunc(func() { panic("boom") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			p()
		}()
	}
	pv := sync.OnceValue(func() int { panic(fmt.Errorf("bad value %d", 1)) })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(pv())
		}()
	}
}
