// Writing to a nil map in a goroutine.
// stderr-lines: 2
package main

func main() {
	block := make(chan int)
	go func() {
		var m map[string]int
		m["x"] = 1
	}()
	<-block
}
