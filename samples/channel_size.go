// Sample: "Channel size" (section: best practices). Each statement of the document declares
// `ch`, so each one lives in its own function here.
package main

import "fmt"

func arbitrary() chan int {
	// ---- from the document (verbatim) ----
	// ❌ Bad: Arbitrary buffer size
	ch := make(chan int, 100) // Why 100?
	// ---- end of document code ----
	return ch
}

func knownItems(items []int) chan int {
	// ---- from the document (verbatim) ----
	// ✅ Good: Buffer size matches use case
	// For known number of items:
	ch := make(chan int, len(items))
	// ---- end of document code ----
	return ch
}

func rateLimit(workerCount int) chan struct{} {
	// ---- from the document (verbatim) ----
	// For rate limiting:
	ch := make(chan struct{}, workerCount)
	// ---- end of document code ----
	return ch
}

func latestOnly() chan int {
	// ---- from the document (verbatim) ----
	// For latest value only:
	ch := make(chan int, 1)
	// ---- end of document code ----
	return ch
}

func main() {
	fmt.Println("arbitrary:", cap(arbitrary()))
	fmt.Println("known items:", cap(knownItems([]int{1, 2, 3, 4, 5})))
	fmt.Println("rate limiting:", cap(rateLimit(4)))

	latest := latestOnly()
	for v := 1; v <= 5; v++ {
		select {
		case latest <- v:
		default: // full: replace the stale value with the newest one
			<-latest
			latest <- v
		}
	}
	fmt.Println("latest value only:", <-latest)
}
