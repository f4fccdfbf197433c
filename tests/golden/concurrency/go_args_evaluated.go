// The function value and arguments of a go statement are evaluated when it executes,
// not when the goroutine runs.
package main

import "fmt"

func report(ch chan<- string, label string, v int) {
	ch <- fmt.Sprintf("%s=%d", label, v)
}

func main() {
	ch := make(chan string)
	x := 1
	f := report
	go f(ch, "x", x)
	x = 2
	f = nil
	fmt.Println(<-ch)
	fmt.Println("x now", x, f == nil)

	s := []int{10, 20, 30}
	go report(ch, "s[1]", s[1])
	s[1] = 99
	fmt.Println(<-ch)
}
