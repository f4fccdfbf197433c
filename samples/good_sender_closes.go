// Sample: "✅ Good: Sender owns channel closure" (section: best practices, channel closing).
package main

import "fmt"

// ---- from the document (verbatim) ----
// ✅ Good: Sender owns channel closure
func good() {
	ch := make(chan int)
	go func() {
		defer close(ch) // Right: sender closes
		ch <- 1
	}()
	<-ch
}

// ---- end of document code ----

func main() {
	good()
	fmt.Println("good() returned: the sender closed the channel after its send")
}
