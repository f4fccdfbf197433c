// atomic.AddInt64 / AddInt32 / AddUint64 / LoadInt64 from many goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n64 int64
	var n32 int32
	var u64 uint64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 500; k++ {
				atomic.AddInt64(&n64, 2)
				atomic.AddInt32(&n32, -1)
				atomic.AddUint64(&u64, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n64), atomic.LoadInt32(&n32), atomic.LoadUint64(&u64))
	fmt.Println("add returns new value:", atomic.AddInt64(&n64, 5))
	atomic.StoreInt64(&n64, -1)
	fmt.Println("swap returns old:", atomic.SwapInt64(&n64, 9), "now", atomic.LoadInt64(&n64))
	var u32 uint32
	fmt.Println("decrement uint32 wraps:", atomic.AddUint32(&u32, ^uint32(0)))
}
