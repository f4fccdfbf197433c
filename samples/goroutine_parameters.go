// Sample: "Goroutine with parameters" (section: Goroutines, passing parameters).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	// ---- from the document (verbatim) ----
	// Goroutine with parameters
	go func(msg string, id int) {
		fmt.Printf("Message %d: %s\n", id, msg)
	}("Hello", 1)
	// ---- end of document code ----
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}

	// Parameters are copied when the go statement runs: later changes do not matter.
	done := make(chan string)
	msg := "first"
	go func(m string) { done <- m }(msg)
	msg = "changed"
	fmt.Println("goroutine got:", <-done, "/ variable is now:", msg)
}
