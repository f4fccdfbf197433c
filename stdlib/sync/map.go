package sync

// Map is a map[any]any safe for concurrent use by multiple goroutines. goro keeps it simple:
// one Mutex around a Go map (no lock-free read path). Range calls f on a snapshot taken under
// the lock, so f may itself use the Map; as in Go, Range does not correspond to a consistent
// snapshot of concurrent updates: a key deleted after the snapshot is skipped.
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored in the map for key, or nil; ok reports whether it was there.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for key if present (loaded true); otherwise it
// stores and returns value (loaded false).
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	if loaded {
		delete(m.m, key)
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
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return previous, loaded
}

// CompareAndSwap swaps the old and new values for key if the value stored in the map is
// equal to old (old must be of a comparable type).
func (m *Map) CompareAndSwap(key, old, new any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur, ok := m.m[key]
	if !ok || cur != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur, ok := m.m[key]
	if !ok || cur != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f sequentially for each key and value present in the map; it stops when f
// returns false.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	for k := range m.m {
		keys = append(keys, k)
	}
	m.mu.Unlock()
	for _, k := range keys {
		m.mu.Lock()
		v, ok := m.m[k]
		m.mu.Unlock()
		if ok && !f(k, v) {
			break
		}
	}
}
