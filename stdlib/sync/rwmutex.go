package sync

import "sync/atomic"

// RWMutex is a reader/writer mutual exclusion lock. Its fields are gc's (a zero RWMutex
// prints as gc's does); the runtime keeps its state packed in the first three words
// {Mutex w; uint32 writerSem, readerSem; int32 readerCount, readerWait} (runtime/sync.h,
// SYNC_RWMUTEX_WORDS), so while it is held the fields do not show that state.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount atomic.Int32
	readerWait  atomic.Int32
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool

// RLocker returns a Locker that calls rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
