// stress: 100,000 timers with random deadlines (up to 2 s after their creation).
//   - 80% are time.NewTimer: the value each delivers is the time it fired, taken by the
//     timer machinery itself, so firing order is checked against deadlines (tolerance
//     200 ms, for a loaded machine; a misordered timer heap inverts by up to 2 s) and none
//     may fire early;
//   - 10% are time.AfterFunc: each callback must run once, not before its deadline;
//   - 10% are set 20-22 s ahead and stopped right after all are created: they never fire.
package main

import (
	"fmt"
	"math/rand"
	"os"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

const N = 100000
const Spread = 2 * time.Second
const Tolerance = 200 * time.Millisecond

func main() {
	rng := rand.New(rand.NewSource(1))
	start := time.Now()
	due := make([]time.Duration, N)
	firedAt := make([]time.Duration, N)
	timers := make([]*time.Timer, N)
	var callbacks, early atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < N; i++ {
		d := time.Duration(rng.Int63n(int64(Spread)))
		if i%10 == 0 {
			d += 20 * time.Second // to be stopped
		}
		due[i] = time.Since(start) + d // the timer's deadline is at or after this
		if i%10 == 5 {
			wg.Add(1)
			i := i
			timers[i] = time.AfterFunc(d, func() {
				if time.Since(start) < due[i] {
					early.Add(1)
				}
				callbacks.Add(1)
				wg.Done()
			})
		} else {
			timers[i] = time.NewTimer(d)
		}
	}
	for i := 0; i < N; i += 10 {
		if !timers[i].Stop() {
			fmt.Println("FAIL timer", i, "could not be stopped: it had fired already")
			os.Exit(1)
		}
	}
	var fired []int
	checksum := 0
	for i := 0; i < N; i++ {
		if i%10 == 0 || i%10 == 5 {
			continue
		}
		at := <-timers[i].C
		firedAt[i] = at.Sub(start)
		if firedAt[i] < due[i] {
			fmt.Printf("FAIL timer %d fired early: at %v, due %v\n", i, firedAt[i], due[i])
			os.Exit(1)
		}
		fired = append(fired, i)
		checksum += i
	}
	wg.Wait()
	if early.Load() != 0 || callbacks.Load() != N/10 {
		fmt.Println("FAIL AfterFunc callbacks", callbacks.Load(), "early", early.Load())
		os.Exit(1)
	}
	for i := 0; i < N; i += 10 {
		select {
		case <-timers[i].C:
			fmt.Println("FAIL stopped timer", i, "fired")
			os.Exit(1)
		default:
		}
	}
	sort.SliceStable(fired, func(a, b int) bool { return firedAt[fired[a]] < firedAt[fired[b]] })
	var maxSeen time.Duration
	for _, i := range fired {
		if due[i]+Tolerance < maxSeen {
			fmt.Printf("FAIL timer %d (due %v) fired after one due %v\n", i, due[i], maxSeen)
			os.Exit(1)
		}
		if due[i] > maxSeen {
			maxSeen = due[i]
		}
	}
	fmt.Println("OK timers fired", len(fired)+int(callbacks.Load()), "stopped", N/10, "checksum", checksum)
}
