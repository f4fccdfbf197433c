// Package sync: goro's implementation of Go's sync package.
//
// The lock primitives (Mutex, RWMutex, WaitGroup, Cond's notify list) run natively in C on
// their struct words (runtime/sync.c, the algorithms of Go's sync package), so their layouts
// below must keep the word counts of runtime/sync.h. The zero value of each is ready to use.
// Once, Map, Pool and the OnceFunc family are Go code on top of them.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Mutex is a mutual exclusion lock: one word {int32 state; uint32 sema} (runtime/sync.h).
type Mutex struct {
	state int64
}

// Lock locks m, blocking (parking the goroutine) while another holds it.
func (m *Mutex) Lock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool

// Unlock unlocks m; unlocking an unlocked mutex is a fatal error.
func (m *Mutex) Unlock()
