// fmt prints sync and sync/atomic values with gc's field shapes: {{0 0} ...}, {{} {} 5}.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type S struct {
	mu sync.Mutex
	n  atomic.Int64
	b  atomic.Bool
	u  atomic.Uint32
	p  atomic.Pointer[int]
	v  atomic.Value
	m  sync.Map
	c  *sync.Cond
}

func main() {
	var s S
	s.n.Add(5)
	s.b.Store(true)
	s.v.Store("x")
	fmt.Printf("%v\n%+v\n", s, s)
	var x atomic.Int32
	x.Store(-3)
	fmt.Println(x, &x)
	c := sync.NewCond(&sync.Mutex{})
	_ = c
	var wg sync.WaitGroup
	wg.Add(2)
	fmt.Println(wg)
	wg.Done()
	wg.Done()
}
