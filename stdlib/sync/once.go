package sync

// Once is an object that performs exactly one action: {uint32 done; Mutex m}.
type Once struct {
	done uint64
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this Once. If f
// panics, Do considers it returned: later calls of Do do not call f.
func (o *Once) Do(f func()) {
	if !onceDone(&o.done) {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !onceDone(&o.done) {
		defer onceSetDone(&o.done)
		f()
	}
}

func onceDone(p *uint64) bool
func onceSetDone(p *uint64)
