// time.NewTimer and Stop: Stop reports whether it prevented the timer from firing.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active timer:", t.Stop())
	fmt.Println("stop again:", t.Stop())

	t2 := time.NewTimer(5 * time.Millisecond)
	<-t2.C
	fmt.Println("timer fired")
	fmt.Println("stop fired timer:", t2.Stop())

	// A stopped timer never delivers.
	t3 := time.NewTimer(10 * time.Millisecond)
	t3.Stop()
	select {
	case <-t3.C:
		fmt.Println("impossible")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("stopped timer stayed silent")
	}
}
