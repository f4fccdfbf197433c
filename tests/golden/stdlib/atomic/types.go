// sync/atomic: functions and typed values, wrap-around of 32-bit types, Value's rules.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type node struct{ v int }

type counters struct {
	a int32
	b uint32
	c int64
	d uint64
	e uintptr
}

func main() {
	var c counters
	fmt.Println(atomic.AddInt32(&c.a, 5), atomic.AddInt32(&c.a, -10))
	c.a = 2147483647
	fmt.Println(atomic.AddInt32(&c.a, 1), c.a)
	fmt.Println(atomic.AddUint32(&c.b, ^uint32(0)), c.b)
	fmt.Println(atomic.AddUint32(&c.b, 2), c.b)
	fmt.Println(atomic.AddInt64(&c.c, -1), atomic.AddUint64(&c.d, 1<<63), atomic.AddUint64(&c.d, 1<<63))
	fmt.Println(atomic.AddUintptr(&c.e, 3), atomic.LoadUintptr(&c.e))
	fmt.Println(atomic.SwapInt32(&c.a, -7), atomic.LoadInt32(&c.a))
	fmt.Println(atomic.CompareAndSwapInt32(&c.a, -7, 9), atomic.CompareAndSwapInt32(&c.a, -7, 10), c.a)
	fmt.Println(atomic.CompareAndSwapUint32(&c.b, 1, 4000000000), atomic.LoadUint32(&c.b))
	atomic.StoreInt64(&c.c, -99)
	atomic.StoreUint64(&c.d, 18446744073709551615)
	fmt.Println(atomic.LoadInt64(&c.c), atomic.LoadUint64(&c.d), atomic.SwapUint64(&c.d, 1), c.d)
	fmt.Println(c)

	var i32 atomic.Int32
	var u32 atomic.Uint32
	var i64 atomic.Int64
	var u64 atomic.Uint64
	var up atomic.Uintptr
	var b atomic.Bool
	i32.Store(-5)
	u32.Store(5)
	fmt.Println(i32.Add(-2147483647), u32.Add(^uint32(4)), i64.Add(1<<40), u64.Add(7), up.Add(1))
	fmt.Println(i32.Swap(1), i32.CompareAndSwap(1, 2), i32.Load(), u32.Load(), i64.Load(), u64.Load(), up.Load())
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	fmt.Println(b.Load())

	var p atomic.Pointer[node]
	fmt.Println(p.Load() == nil, p.Swap(&node{1}) == nil, p.Load().v)
	n2 := &node{2}
	fmt.Println(p.CompareAndSwap(&node{1}, n2), p.CompareAndSwap(p.Load(), n2), p.Load().v)

	var wg sync.WaitGroup
	var total atomic.Int64
	var hits int32
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				total.Add(2)
				atomic.AddInt32(&hits, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(total.Load(), atomic.LoadInt32(&hits))

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store([]string{"a"})
	fmt.Println(v.Load(), v.Swap([]string{"b"}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.CompareAndSwap([]string{"b"}, []string{"c"})
	}()
	var w atomic.Value
	fmt.Println(w.CompareAndSwap(nil, 1), w.CompareAndSwap(2, 3), w.CompareAndSwap(1, 4), w.Load())
	for _, f := range []func(){
		func() { w.Store(nil) },
		func() { w.Store("str") },
		func() { w.Swap(nil) },
		func() { w.Swap(1.5) },
		func() { w.CompareAndSwap(1, nil) },
		func() { w.CompareAndSwap(1, "x") },
		func() { w.CompareAndSwap("x", "y") },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	fmt.Println(w.Load())
}
