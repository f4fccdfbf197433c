// Package semaphore: goro's implementation of golang.org/x/sync/semaphore (v0.9.0
// semantics): a weighted semaphore whose waiters are served in FIFO order.
package semaphore

import (
	"context"
	"sync"
)

// waiter is one blocked Acquire, in a doubly linked FIFO list.
type waiter struct {
	n          int64
	ready      chan struct{} // closed when the semaphore is acquired
	prev, next *waiter
	listed     bool
}

// Weighted provides a way to bound concurrent access to a resource. The callers can request
// access with a given weight.
type Weighted struct {
	size       int64
	cur        int64
	mu         sync.Mutex
	head, tail *waiter
	nwait      int
}

// NewWeighted creates a new weighted semaphore with the given maximum combined weight for
// concurrent access.
func NewWeighted(n int64) *Weighted {
	return &Weighted{size: n}
}

func (s *Weighted) pushBack(w *waiter) {
	w.prev = s.tail
	w.next = nil
	if s.tail != nil {
		s.tail.next = w
	} else {
		s.head = w
	}
	s.tail = w
	w.listed = true
	s.nwait++
}

func (s *Weighted) remove(w *waiter) {
	if !w.listed {
		return
	}
	if w.prev != nil {
		w.prev.next = w.next
	} else {
		s.head = w.next
	}
	if w.next != nil {
		w.next.prev = w.prev
	} else {
		s.tail = w.prev
	}
	w.prev, w.next, w.listed = nil, nil, false
	s.nwait--
}

// Acquire acquires the semaphore with a weight of n, blocking until resources are available
// or ctx is done. On success, returns nil. On failure, returns ctx.Err() and leaves the
// semaphore unchanged.
func (s *Weighted) Acquire(ctx context.Context, n int64) error {
	done := ctx.Done()

	s.mu.Lock()
	select {
	case <-done:
		// ctx becoming done has "happened before" acquiring the semaphore.
		s.mu.Unlock()
		return ctx.Err()
	default:
	}
	if s.size-s.cur >= n && s.nwait == 0 {
		// Since we hold s.mu and haven't synchronized since checking done, if ctx becomes
		// done before we return here, it becoming done must have "happened concurrently"
		// with this call - it cannot "happen before" we return in this branch.
		s.cur += n
		s.mu.Unlock()
		return nil
	}

	if n > s.size {
		// Don't make other Acquire calls block on one that's doomed to fail.
		s.mu.Unlock()
		<-done
		return ctx.Err()
	}

	ready := make(chan struct{})
	w := &waiter{n: n, ready: ready}
	s.pushBack(w)
	s.mu.Unlock()

	select {
	case <-done:
		s.mu.Lock()
		select {
		case <-ready:
			// Acquired the semaphore after we were canceled: pretend we didn't and put the
			// tokens back.
			s.cur -= n
			s.notifyWaiters()
		default:
			isFront := s.head == w
			s.remove(w)
			// If we're at the front and there are extra tokens left, notify other waiters.
			if isFront && s.size > s.cur {
				s.notifyWaiters()
			}
		}
		s.mu.Unlock()
		return ctx.Err()

	case <-ready:
		// Acquired the semaphore. Check that ctx isn't already done: we mustn't succeed
		// if the cancellation "happened before" the acquisition.
		select {
		case <-done:
			s.Release(n)
			return ctx.Err()
		default:
		}
		return nil
	}
}

// TryAcquire acquires the semaphore with a weight of n without blocking. On success,
// returns true. On failure, returns false and leaves the semaphore unchanged.
func (s *Weighted) TryAcquire(n int64) bool {
	s.mu.Lock()
	success := s.size-s.cur >= n && s.nwait == 0
	if success {
		s.cur += n
	}
	s.mu.Unlock()
	return success
}

// Release releases the semaphore with a weight of n.
func (s *Weighted) Release(n int64) {
	s.mu.Lock()
	s.cur -= n
	if s.cur < 0 {
		s.mu.Unlock()
		panic("semaphore: released more than held")
	}
	s.notifyWaiters()
	s.mu.Unlock()
}

// notifyWaiters wakes the waiters at the front of the queue while their weight fits; it
// stops at the first one that does not (FIFO: no small waiter overtakes a large one).
func (s *Weighted) notifyWaiters() {
	for {
		w := s.head
		if w == nil {
			break // no more waiters blocked
		}
		if s.size-s.cur < w.n {
			// Not enough tokens for the next waiter. Continuing to look for smaller
			// waiters could starve large ones, so stop here.
			break
		}
		s.cur += w.n
		s.remove(w)
		close(w.ready)
	}
}
