// Regression (issue 8, limits): an allocation beyond memory exits with gc's
// "fatal error: runtime: out of memory" (exit 2), after the output printed so far (goro's
// buffered stdout was lost), and without the collector's "GC Warning:" lines on stderr.
package main

import "fmt"

func main() {
	fmt.Println("before")
	n := 1 << 40
	s := make([]byte, n)
	fmt.Println(len(s))
}
