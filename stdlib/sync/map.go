package sync

import "sync/atomic"

// Map is a map[any]any safe for concurrent use by multiple goroutines. goro keeps it simple:
// one Mutex around a Go map (no lock-free read path). Range calls f on a snapshot taken under
// the lock, so f may itself use the Map; as in Go, Range does not correspond to a consistent
// snapshot of concurrent updates: a key deleted after the snapshot is skipped.
//
// The fields read and misses exist so that a zero Map prints as gc's does.
type Map struct {
	mu     Mutex
	read   atomic.Pointer[readOnly]
	dirty  map[any]any
	misses int
}

type readOnly struct{}

// Load returns the value stored in the map for key, or nil; ok reports whether it was there.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.dirty[key]
	m.mu.Unlock()
	return
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.dirty == nil {
		m.dirty = make(map[any]any)
	}
	m.dirty[key] = value
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for key if present (loaded true); otherwise it
// stores and returns value (loaded false).
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.dirty[key]; ok {
		return v, true
	}
	if m.dirty == nil {
		m.dirty = make(map[any]any)
	}
	m.dirty[key] = value
	return value, false
}

// LoadAndDelete deletes the value for key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.dirty[key]
	if loaded {
		delete(m.dirty, key)
	}
	return value, loaded
}

// Delete deletes the value for key.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// Swap stores value for key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.dirty[key]
	if m.dirty == nil {
		m.dirty = make(map[any]any)
	}
	m.dirty[key] = value
	return previous, loaded
}

// CompareAndSwap swaps the old and new values for key if the value stored in the map is
// equal to old (old must be of a comparable type).
func (m *Map) CompareAndSwap(key, old, new any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur, ok := m.dirty[key]
	if !ok || cur != old {
		return false
	}
	m.dirty[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur, ok := m.dirty[key]
	if !ok || cur != old {
		return false
	}
	delete(m.dirty, key)
	return true
}

// Range calls f sequentially for each key and value present in the map; it stops when f
// returns false.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.dirty))
	for k := range m.dirty {
		keys = append(keys, k)
	}
	m.mu.Unlock()
	for _, k := range keys {
		m.mu.Lock()
		v, ok := m.dirty[k]
		m.mu.Unlock()
		if ok && !f(k, v) {
			break
		}
	}
}
