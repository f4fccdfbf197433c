// CompareAndSwap: a spin lock, and a lock-free maximum.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type SpinLock struct{ state int32 }

func (s *SpinLock) Lock() {
	for !atomic.CompareAndSwapInt32(&s.state, 0, 1) {
		runtime.Gosched()
	}
}
func (s *SpinLock) Unlock() { atomic.StoreInt32(&s.state, 0) }

func main() {
	var v int64 = 10
	fmt.Println(atomic.CompareAndSwapInt64(&v, 10, 20), v)
	fmt.Println(atomic.CompareAndSwapInt64(&v, 10, 30), v)

	var lock SpinLock
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				lock.Lock()
				counter++
				lock.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)

	var max int64
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(x int64) {
			defer wg.Done()
			for {
				old := atomic.LoadInt64(&max)
				if x <= old || atomic.CompareAndSwapInt64(&max, old, x) {
					return
				}
			}
		}(int64(i * 7 % 101))
	}
	wg.Wait()
	fmt.Println("max:", max)
}
