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
