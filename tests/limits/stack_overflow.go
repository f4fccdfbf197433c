// Infinite recursion: gc stops the goroutine at its 1 GB stack limit with
// "runtime: goroutine stack exceeds 1000000000-byte limit" and "fatal error: stack overflow",
// exit 2 (after about 7 s and 800 MB on the reference machine; goro must stay in the same range).
package main

import "fmt"

func f(n int) int { return f(n+1) + 1 }

func main() {
	fmt.Println("start")
	fmt.Println(f(0))
}
