// A worker loops on select until told to quit; it acknowledges on the same channel.
package main

import "fmt"

func worker(jobs <-chan int, quit chan bool, results chan<- int) {
	total := 0
	for {
		select {
		case j := <-jobs:
			total += j
		case <-quit:
			results <- total
			quit <- true
			return
		}
	}
}

func main() {
	jobs := make(chan int)
	quit := make(chan bool)
	results := make(chan int, 1)
	go worker(jobs, quit, results)
	for i := 1; i <= 100; i++ {
		jobs <- i
	}
	quit <- true
	<-quit
	fmt.Println("total:", <-results)
}
