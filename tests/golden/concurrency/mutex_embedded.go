// A struct embedding sync.Mutex: Lock/Unlock are promoted; methods use pointer receivers.
package main

import (
	"fmt"
	"sync"
)

type Inventory struct {
	sync.Mutex
	items map[string]int
}

func (inv *Inventory) Add(name string, n int) {
	inv.Lock()
	defer inv.Unlock()
	inv.items[name] += n
}

func (inv *Inventory) Take(name string, n int) bool {
	inv.Lock()
	defer inv.Unlock()
	if inv.items[name] < n {
		return false
	}
	inv.items[name] -= n
	return true
}

func main() {
	inv := &Inventory{items: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				inv.Add("apple", 2)
				inv.Add("pear", 1)
			}
		}()
	}
	wg.Wait()
	taken := 0
	var tm sync.Mutex
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 300; k++ {
				if inv.Take("apple", 1) {
					tm.Lock()
					taken++
					tm.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("apples taken:", taken, "left:", inv.items["apple"], "pears:", inv.items["pear"])
}
