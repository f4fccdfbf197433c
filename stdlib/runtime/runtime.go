// Package runtime: goro's implementation of the parts of Go's runtime package that programs
// use to observe and steer goroutines. Natives in natives_runtime.c talk to the scheduler
// (runtime/sched.h).
package runtime

// GOOS and GOARCH: the target goro reports (gc's values for linux/amd64).
const GOOS = "linux"
const GOARCH = "amd64"

// Compiler is the name of the toolchain that built the running program.
const Compiler = "gc"

// The Error interface identifies a run time error. Every run-time panic value of goro
// (index out of range, nil map write, type assertion, ...) implements it (vm/rterror.c).
type Error interface {
	error
	// RuntimeError is a no-op function that serves to distinguish types that are run time
	// errors from ordinary errors.
	RuntimeError()
}

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and
// returns the previous setting. n < 1 does not change the current setting.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// Goexit terminates the goroutine that calls it after running its deferred calls. Goexit on
// the main goroutine lets the other goroutines run; if they all finish, the program crashes.
func Goexit()

// GC runs a garbage collection.
func GC()

// Version returns the Go version goro implements.
func Version() string { return "go1.22" }

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}

// LockOSThread and UnlockOSThread exist for source compatibility: goro never runs foreign
// code that needs a fixed thread, so they do nothing.
func LockOSThread()   {}
func UnlockOSThread() {}

// NumCgoCall returns the number of cgo calls made by the current process: goro has no cgo.
func NumCgoCall() int64 { return 0 }

// A MemStats records statistics about the memory allocator (gc's field set). goro's heap is
// Boehm GC's: ReadMemStats fills the sizes the collector reports (heap, free, unmapped,
// allocated in total) and the collection count; the statistics it does not keep (object
// counts, pause times, per-size classes, stacks) stay zero.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// heapStats returns the collector's heap size, free bytes, unmapped bytes, bytes allocated
// since the last collection, total bytes ever allocated, collections run and forced.
func heapStats() (heap, free, unmapped, sinceGC, total uint64, numGC, forced uint32)

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	heap, free, unmapped, sinceGC, total, numGC, forced := heapStats()
	*m = MemStats{}
	inuse := heap - free
	m.Alloc = inuse
	m.HeapAlloc = inuse
	m.HeapInuse = inuse
	m.TotalAlloc = total
	m.Sys = heap + unmapped
	m.HeapSys = heap + unmapped
	m.HeapIdle = free + unmapped
	m.HeapReleased = unmapped
	m.NextGC = inuse - sinceGC + heap/2
	m.NumGC = numGC
	m.NumForcedGC = forced
	m.EnableGC = true
}
