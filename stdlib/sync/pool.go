package sync

// A Pool is a set of temporary objects that may be individually saved and retrieved. goro's
// Pool is a mutex-guarded stack: Get returns the most recently Put object (Go's per-P private
// slot behaves alike for a single goroutine), or New() when empty, or nil without New. Like
// Go's, it may drop its contents at any time (it never does here; Boehm GC keeps them alive).
type Pool struct {
	mu    Mutex
	items []any

	// New optionally specifies a function to generate a value when Get would otherwise
	// return nil.
	New func() any
}

// Put adds x to the pool (nil is ignored).
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it, and returns it; when the pool is
// empty it returns the result of calling p.New (or nil).
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
