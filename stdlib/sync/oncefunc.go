package sync

// OnceFunc returns a function that calls f only on its first call; it may be called
// concurrently. If f panics, every call of the returned function panics with that value.
func OnceFunc(f func()) func() {
	var once Once
	var ok bool  // f returned normally
	var perr any // what f panicked with
	run := func() {
		defer func() {
			if !ok {
				perr = recover()
				panic(perr) // the first caller sees the original panic
			}
		}()
		f()
		f = nil
		ok = true
	}
	return func() {
		once.Do(run)
		if !ok {
			panic(perr)
		}
	}
}

// OnceValue returns a function that calls f only on its first call and returns f's result
// on every call. If f panics, every call panics with that value.
func OnceValue[T any](f func() T) func() T {
	var once Once
	var ok bool
	var perr any
	var v T
	run := func() {
		defer func() {
			if !ok {
				perr = recover()
				panic(perr)
			}
		}()
		v = f()
		f = nil
		ok = true
	}
	return func() T {
		once.Do(run)
		if !ok {
			panic(perr)
		}
		return v
	}
}

// OnceValues is OnceValue for a function with two results.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once Once
	var ok bool
	var perr any
	var v1 T1
	var v2 T2
	run := func() {
		defer func() {
			if !ok {
				perr = recover()
				panic(perr)
			}
		}()
		v1, v2 = f()
		f = nil
		ok = true
	}
	return func() (T1, T2) {
		once.Do(run)
		if !ok {
			panic(perr)
		}
		return v1, v2
	}
}
