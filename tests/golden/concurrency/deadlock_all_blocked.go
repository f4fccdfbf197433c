// Every goroutine is blocked: workers wait for jobs, main waits for results.
// Main is always listed first.
// stderr-lines: 3
package main

import "fmt"

func main() {
	jobs := make(chan int)
	results := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			for j := range jobs {
				results <- j * 2
			}
		}()
	}
	fmt.Println("workers started, no jobs sent")
	fmt.Println(<-results)
}
