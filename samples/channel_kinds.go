// Sample: channel kinds (section: Channels): unbuffered, buffered, receive-only,
// send-only and bidirectional channels.
package main

import "fmt"

// ---- from the document (verbatim) ----
// Read-only (receive-only) channel
func readOnly(ch <-chan string) {
	// Can only read from ch
}

// Write-only (send-only) channel
func writeOnly(ch chan<- string) {
	// Can only write to ch
}

// Bidirectional channel
func biDirectional(ch chan string) {
	// Can used for both sending and receiving
}

// ---- end of document code ----

func main() {
	// ---- from the document (verbatim) ----
	// Unbuffered channel
	ch := make(chan string)
	// Blocks until receiver is ready
	// Used for synchronization
	// Buffered channel
	bufferedCh := make(chan string, 5)
	// Blocks only when buffer is full
	// Used for async communication with known bounds
	// ---- end of document code ----

	// Unbuffered: a send completes only when a receiver takes the value.
	go func() { ch <- "hand-off" }()
	fmt.Println("unbuffered received:", <-ch)

	// Buffered: sends complete at once until the buffer is full.
	bufferedCh <- "a"
	bufferedCh <- "b"
	fmt.Println("buffered len/cap:", len(bufferedCh), cap(bufferedCh))

	// A bidirectional channel converts implicitly to either direction.
	readOnly(bufferedCh)
	writeOnly(bufferedCh)
	biDirectional(bufferedCh)
	var recvOnly <-chan string = bufferedCh
	var sendOnly chan<- string = bufferedCh
	sendOnly <- "c"
	fmt.Println(<-recvOnly, <-recvOnly, <-recvOnly)
	fmt.Printf("%T / %T / %T\n", bufferedCh, recvOnly, sendOnly)
}
