// Pending timers keep the program alive; once they have fired, a blocked main is a deadlock.
// stderr-lines: 3
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	time.AfterFunc(10*time.Millisecond, func() {
		fmt.Println("timer fired")
	})
	time.Sleep(30 * time.Millisecond)
	fmt.Println("now blocking")
	<-ch
}
