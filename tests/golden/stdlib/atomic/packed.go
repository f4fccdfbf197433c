// 32-bit atomics on words (variables, fields: sign changes) and on packed []int32/[]uint32
// elements (the neighbours must survive).
package main

import (
	"fmt"
	"sync/atomic"
)

type S struct {
	a int32
	b uint32
}

func main() {
	var x int32 = 1
	fmt.Println(atomic.AddInt32(&x, -2))
	fmt.Println(x, x < 0, int64(x))
	atomic.StoreInt32(&x, -100)
	fmt.Println(x)
	fmt.Println(atomic.SwapInt32(&x, 5))
	fmt.Println(atomic.CompareAndSwapInt32(&x, 5, -7))
	fmt.Println(x, int64(x)*2)
	var s S
	atomic.AddInt32(&s.a, -3)
	atomic.AddUint32(&s.b, ^uint32(2))
	fmt.Println(s, s.a+1, s.b+1, uint64(s.b))
	c := []int32{10, 20, 200, 300, -5, 7}
	atomic.AddInt32(&c[2], 1)
	atomic.AddInt32(&c[4], 10)
	atomic.StoreInt32(&c[0], -1)
	fmt.Println(c, atomic.LoadInt32(&c[2]), atomic.LoadInt32(&c[4]))
	fmt.Println(atomic.SwapInt32(&c[2], 9), atomic.CompareAndSwapInt32(&c[4], 5, 6))
	fmt.Println(c)
	u := []uint32{1, 2, 3}
	atomic.StoreUint32(&u[2], 4000000000)
	fmt.Println(atomic.AddUint32(&u[0], 5), atomic.LoadUint32(&u[2]), u)
	var arr [4]int32
	for i := range arr {
		atomic.AddInt32(&arr[i], int32(i+1))
	}
	fmt.Println(arr)
}
