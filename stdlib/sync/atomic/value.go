package atomic

// A Value provides an atomic load and store of a consistently typed value. The zero value
// for a Value returns nil from Load. Once Store has been called, a Value must not be copied.
// Its interface word pair is read and written under a striped lock (natives_atomic.c), so a
// Load never sees the type of one Store with the data of another.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store, or nil if there has been none.
func (v *Value) Load() (val any)

// Store sets the value of the Value to val. All calls to Store for a given Value must use
// values of the same concrete type; Store of an inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any)

// Swap stores new into Value and returns the previous value (nil if empty).
func (v *Value) Swap(new any) (old any)

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool)
