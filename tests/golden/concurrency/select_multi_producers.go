// A select loop drains three producers; the interleaving varies, so the output is sorted.
package main

import (
	"fmt"
	"sort"
)

func producer(name string, n int, out chan<- string, done chan<- string) {
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("%s-%d", name, i)
	}
	done <- name
}

func main() {
	fast := make(chan string)
	slow := make(chan string, 2)
	mid := make(chan string)
	done := make(chan string)
	go producer("fast", 5, fast, done)
	go producer("slow", 3, slow, done)
	go producer("mid", 4, mid, done)
	var msgs, finished []string
	for len(finished) < 3 {
		select {
		case m := <-fast:
			msgs = append(msgs, m)
		case m := <-slow:
			msgs = append(msgs, m)
		case m := <-mid:
			msgs = append(msgs, m)
		case name := <-done:
			finished = append(finished, name)
		}
	}
	// a producer may report done while its last buffered values are still queued
	for len(slow) > 0 {
		msgs = append(msgs, <-slow)
	}
	sort.Strings(msgs)
	sort.Strings(finished)
	fmt.Println(len(msgs), "messages")
	for _, m := range msgs {
		fmt.Println(m)
	}
	fmt.Println("finished:", finished)
}
