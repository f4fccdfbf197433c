package sync

import "sync/atomic"

// A WaitGroup waits for a collection of goroutines to finish. Its fields are gc's and are
// exactly the runtime's two words {uint64 state (counter << 32 | waiters); uint32 sema}
// (runtime/sync.h).
type WaitGroup struct {
	noCopy noCopy

	state atomic.Uint64
	sema  uint32
}

// Add adds delta to the counter; a negative counter panics.
func (wg *WaitGroup) Add(delta int)

// Done decrements the counter by one.
func (wg *WaitGroup) Done()

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait()
