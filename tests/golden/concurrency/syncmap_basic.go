// sync.Map: Store, Load, LoadOrStore, LoadAndDelete, Delete and Range (sorted for printing).
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("b", 2)
	m.Store("a", 1)
	m.Store(3, "three")
	v, ok := m.Load("a")
	fmt.Println("load a:", v, ok)
	v, ok = m.Load("zzz")
	fmt.Println("load missing:", v, ok)
	actual, loaded := m.LoadOrStore("a", 100)
	fmt.Println("LoadOrStore existing:", actual, loaded)
	actual, loaded = m.LoadOrStore("c", 3)
	fmt.Println("LoadOrStore new:", actual, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println("LoadAndDelete b:", v, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println("LoadAndDelete b again:", v, loaded)
	m.Delete(3)
	m.Delete("never stored")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	// Range stops when the function returns false.
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return false
	})
	fmt.Println("visited before stop:", n)
}
