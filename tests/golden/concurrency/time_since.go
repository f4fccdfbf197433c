// time.Since after a Sleep is at least the slept duration.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("slept at least 20ms:", elapsed >= 20*time.Millisecond)
	fmt.Println("well under a minute:", elapsed < time.Minute)
	deadline := start.Add(time.Hour)
	fmt.Println("until deadline positive:", time.Until(deadline) > 0)
	fmt.Println(time.Duration(1500)*time.Millisecond, 2*time.Second+300*time.Millisecond, 90*time.Second)
}
