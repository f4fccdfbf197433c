package main

import (
	"fmt"
	"math/rand"
)

func main() {
	// randomly seeded: only properties can be checked
	ok := true
	seen := map[int]bool{}
	for i := 0; i < 1000; i++ {
		v := rand.Intn(10)
		if v < 0 || v >= 10 {
			ok = false
		}
		seen[v] = true
		f := rand.Float64()
		if f < 0 || f >= 1 {
			ok = false
		}
	}
	p := rand.Perm(20)
	sum := 0
	for _, v := range p {
		sum += v
	}
	fmt.Println(ok, len(seen), sum, len(p))
	a, b := rand.Int63(), rand.Int63()
	fmt.Println(a != b, a >= 0)
}
