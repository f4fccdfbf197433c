package sync

import "sync/atomic"

// Once is an object that performs exactly one action. The runtime reads done's word
// (runtime/sync.h); m serialises the first calls.
type Once struct {
	done atomic.Uint32
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

func onceDone(p *atomic.Uint32) bool
func onceSetDone(p *atomic.Uint32)
