// Sample: "Use buffered channels when message count is known" (section: performance).
package main

import "fmt"

// ---- from the document (verbatim) ----
func processItems(items []int) {
	ch := make(chan int, len(items)) // Buffered channel
	for _, item := range items {
		ch <- item
	}
	close(ch)
	for item := range ch {
		fmt.Println("Processing:", item)
	}
}

// ---- end of document code ----

func main() {
	processItems([]int{3, 1, 4, 1, 5, 9, 2, 6})
}
