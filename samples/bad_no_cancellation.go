// Sample: "❌ Bad: No cancellation mechanism" (section: best practices, use context).
// Nothing can stop this task: it only ends because the whole program exits.
package main

import (
	"fmt"
	"runtime"
	"time"
)

// ---- from the document (verbatim) ----
// ❌ Bad: No cancellation mechanism
func longRunningTask() error {
	for {
		// Do work
		time.Sleep(time.Second)
	}
}

// ---- end of document code ----

func main() {
	go longRunningTask()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines still running:", runtime.NumGoroutine())
	fmt.Println("there is no way to tell longRunningTask to stop; main returns and it is killed")
}
