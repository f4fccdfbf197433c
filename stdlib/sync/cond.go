package sync

// Cond implements a condition variable. L is held while observing or changing the condition.
type Cond struct {
	L      Locker
	notify uint64 // notify list {uint32 wait; uint32 notify} (runtime/sema.h)
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the goroutine; after it is woken by Signal or
// Broadcast, Wait locks c.L again before returning.
func (c *Cond) Wait() {
	t := notifyListAdd(&c.notify)
	c.L.Unlock()
	notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() { notifyListNotifyOne(&c.notify) }

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() { notifyListNotifyAll(&c.notify) }

func notifyListAdd(l *uint64) uint32
func notifyListWait(l *uint64, t uint32)
func notifyListNotifyOne(l *uint64)
func notifyListNotifyAll(l *uint64)
