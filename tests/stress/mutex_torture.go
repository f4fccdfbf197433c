// stress: Mutex and RWMutex torture with invariant checks. Writers move money between 16
// accounts under Lock; readers sum all accounts under RLock and must always see the same
// total; atomic counters check that a writer is always alone and readers never overlap a
// writer. A plain Mutex guards a counter also bumped through TryLock.
package main

import (
	"fmt"
	"math/rand"
	"os"
	"sync"
	"sync/atomic"
)

const Accounts = 16
const Writers = 8
const Readers = 8
const OpsPerWriter = 20000
const ReadsPerReader = 5000

func main() {
	var rw sync.RWMutex
	balances := make([]int, Accounts)
	for i := range balances {
		balances[i] = 1000
	}
	const total = Accounts * 1000
	var writersIn, readersIn, violations, badSums atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < Writers; w++ {
		wg.Add(1)
		go func(seed int64) {
			defer wg.Done()
			rng := rand.New(rand.NewSource(seed))
			for k := 0; k < OpsPerWriter; k++ {
				from, to, amt := rng.Intn(Accounts), rng.Intn(Accounts), rng.Intn(50)
				rw.Lock()
				if writersIn.Add(1) != 1 || readersIn.Load() != 0 {
					violations.Add(1)
				}
				if balances[from] >= amt {
					balances[from] -= amt
					balances[to] += amt
				}
				writersIn.Add(-1)
				rw.Unlock()
			}
		}(int64(w + 1))
	}
	for r := 0; r < Readers; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < ReadsPerReader; k++ {
				rw.RLock()
				readersIn.Add(1)
				if writersIn.Load() != 0 {
					violations.Add(1)
				}
				s := 0
				for _, b := range balances {
					s += b
				}
				if s != total {
					badSums.Add(1)
				}
				readersIn.Add(-1)
				rw.RUnlock()
			}
		}()
	}

	var mu sync.Mutex
	counter, tried := 0, int64(0)
	var inside atomic.Int32
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20000; k++ {
				if k%4 == 0 {
					if !mu.TryLock() {
						atomic.AddInt64(&tried, 1)
						mu.Lock()
					}
				} else {
					mu.Lock()
				}
				if inside.Add(1) != 1 {
					violations.Add(1)
				}
				counter++
				inside.Add(-1)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	sum := 0
	for _, b := range balances {
		sum += b
	}
	if violations.Load() != 0 || badSums.Load() != 0 || sum != total || counter != 8*20000 {
		fmt.Println("FAIL violations", violations.Load(), "bad sums", badSums.Load(), "total", sum, "counter", counter)
		os.Exit(1)
	}
	ops := Writers*OpsPerWriter + Readers*ReadsPerReader + counter
	fmt.Println("OK mutex ops", ops, "checksum", sum+counter)
}
