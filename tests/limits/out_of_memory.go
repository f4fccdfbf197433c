// Allocation beyond memory (run under a 3 GB address-space limit by run.sh): gc exits with
// "fatal error: runtime: out of memory", exit 2; what was printed before is not lost.
package main

import "fmt"

func main() {
	fmt.Println("allocating")
	var keep [][]int64
	for i := 0; ; i++ {
		keep = append(keep, make([]int64, 8<<20))
	}
}
