// Generators: functions returning receive-only channels fed by a goroutine.
package main

import "fmt"

func fib(n int) <-chan int {
	ch := make(chan int)
	go func() {
		a, b := 0, 1
		for i := 0; i < n; i++ {
			ch <- a
			a, b = b, a+b
		}
		close(ch)
	}()
	return ch
}

func take(in <-chan string, n int) []string {
	var out []string
	for i := 0; i < n; i++ {
		v, ok := <-in
		if !ok {
			break
		}
		out = append(out, v)
	}
	return out
}

func words(ws ...string) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for _, w := range ws {
			ch <- w
		}
	}()
	return ch
}

func main() {
	for v := range fib(15) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(take(words("go", "is", "fun"), 5))
	fmt.Println(take(words("a", "b", "c", "d"), 2))
}
