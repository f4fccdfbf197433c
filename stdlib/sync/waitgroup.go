package sync

// A WaitGroup waits for a collection of goroutines to finish: two words {uint64 state
// (counter << 32 | waiters); uint32 sema} (runtime/sync.h).
type WaitGroup struct {
	state uint64
	sema  uint64
}

// Add adds delta to the counter; a negative counter panics.
func (wg *WaitGroup) Add(delta int)

// Done decrements the counter by one.
func (wg *WaitGroup) Done()

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait()
