// error class: declared and not used (document example: "Closing channel from receiver")
package main

// ❌ Bad: Closing channel from receiver
func bad() {
	ch := make(chan int)
	go func() {
		val := <-ch
		close(ch) // Wrong: receiver closing channel
	}()
	ch <- 1
}

func main() {
	bad()
}
