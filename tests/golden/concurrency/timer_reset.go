// Timer.Reset: re-arming a stopped timer and pushing back an active one.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop:", t.Stop())
	fmt.Println("reset stopped timer:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")

	// Reset an active timer far into the future: the short deadline no longer applies.
	t2 := time.NewTimer(10 * time.Millisecond)
	fmt.Println("reset active timer:", t2.Reset(time.Hour))
	select {
	case <-t2.C:
		fmt.Println("impossible")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("postponed timer did not fire")
	}
	fmt.Println("stop postponed timer:", t2.Stop())

	// Reset to fire soon again.
	t2.Reset(time.Millisecond)
	<-t2.C
	fmt.Println("fired again")
}
