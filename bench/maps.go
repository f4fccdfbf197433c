// bench: map[int]int inserts, lookups and deletes over a million keys.
package main

import "fmt"

const N = 1000000

func main() {
	m := make(map[int]int)
	for i := 0; i < N; i++ {
		m[i*7919%N] = i
	}
	hits, sum := 0, 0
	for i := 0; i < 2*N; i += 2 {
		if v, ok := m[i]; ok {
			hits++
			sum += v
		}
	}
	for i := 0; i < N; i += 3 {
		delete(m, i)
	}
	fmt.Println("maps len", len(m), "hits", hits, "sum", sum)
}
