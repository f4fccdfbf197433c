// Sample: "❌ Bad: Closing channel from receiver" (section: best practices, channel closing).
// The document's bad() does not compile: val is received but never used.
package main

// ---- from the document (verbatim) ----
// ❌ Bad: Closing channel from receiver
func bad() {
	ch := make(chan int)
	go func() {
		val := <-ch
		close(ch) // Wrong: receiver closing channel
	}()
	ch <- 1
}

// ---- end of document code ----

func main() {
	bad()
}
