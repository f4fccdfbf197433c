// sync.Map: every method, including Swap and the CompareAnd* family, and Range stopping.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func dump(m *sync.Map) {
	var items []string
	m.Range(func(k, v any) bool {
		items = append(items, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(items)
	fmt.Println(items)
}

type point struct{ x, y int }

func main() {
	var m sync.Map
	fmt.Println(m.Load("missing"))
	m.Store("a", 1)
	m.Store(point{1, 2}, "p")
	m.Store(3, nil)
	fmt.Println(m.Load("a"))
	fmt.Println(m.Load(point{1, 2}))
	fmt.Println(m.Load(3))
	fmt.Println(m.LoadOrStore("a", 100))
	fmt.Println(m.LoadOrStore("b", 2))
	fmt.Println(m.Swap("a", 10))
	fmt.Println(m.Swap("new", "n"))
	fmt.Println(m.CompareAndSwap("a", 1, 11), m.CompareAndSwap("a", 10, 11))
	fmt.Println(m.CompareAndSwap("zzz", nil, 1))
	fmt.Println(m.CompareAndDelete("b", 3), m.CompareAndDelete("b", 2))
	fmt.Println(m.LoadAndDelete("new"))
	fmt.Println(m.LoadAndDelete("new"))
	m.Delete(point{1, 2})
	m.Delete("never")
	dump(&m)

	// Range may modify the map it ranges over.
	m.Range(func(k, v any) bool {
		m.Delete(k)
		return true
	})
	dump(&m)

	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				m.Store(i%10, g)
				m.LoadOrStore(fmt.Sprint("k", i%5), i)
			}
		}()
	}
	wg.Wait()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("entries:", n)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Store([]int{1}, 1)
	}()
}
