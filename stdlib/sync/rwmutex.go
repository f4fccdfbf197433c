package sync

// RWMutex is a reader/writer mutual exclusion lock: three words {Mutex w; uint32 writerSem,
// readerSem; int32 readerCount, readerWait} (runtime/sync.h).
type RWMutex struct {
	w       int64
	sems    int64
	readers int64
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
