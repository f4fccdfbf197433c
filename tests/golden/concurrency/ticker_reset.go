// Ticker.Reset changes the period: an hour-long ticker is reset to 1ms.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	select {
	case <-t.C:
		fmt.Println("impossible")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no tick yet")
	}
	t.Reset(time.Millisecond)
	for i := 1; i <= 3; i++ {
		<-t.C
		fmt.Println("tick", i)
	}
}
