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

// Mutex is a mutual exclusion lock. Its fields are gc's (so fmt prints a Mutex as gc does);
// the runtime's lock word {int32 state; uint32 sema} (runtime/sync.h, SYNC_MUTEX_WORDS) is
// the first word, state's: sema stays 0 here.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m, blocking (parking the goroutine) while another holds it.
func (m *Mutex) Lock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool

// Unlock unlocks m; unlocking an unlocked mutex is a fatal error.
func (m *Mutex) Unlock()

// noCopy marks structs that must not be copied after first use (for go vet's copylocks
// check); it takes no space.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
