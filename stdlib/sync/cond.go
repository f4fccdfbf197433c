package sync

// Cond implements a condition variable. L is held while observing or changing the condition.
// Its fields are gc's; the runtime's notify list {uint32 wait; uint32 notify}
// (runtime/sema.h) lives in notify's first word.
type Cond struct {
	noCopy noCopy

	L Locker

	notify  notifyList
	checker copyChecker
}

type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   *byte
	tail   *byte
}

type copyChecker uintptr

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

func notifyListAdd(l *notifyList) uint32
func notifyListWait(l *notifyList, t uint32)
func notifyListNotifyOne(l *notifyList)
func notifyListNotifyAll(l *notifyList)
