// Timers and tickers (Go 1.22 semantics: buffered channel of capacity 1, Stop does not drain).
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(-time.Second) // fires at once
	<-t.C
	fmt.Println("negative duration fired; cap:", cap(t.C), "stop:", t.Stop(), "reset:", t.Reset(time.Hour), "stop:", t.Stop())

	// A timer that fired but was not drained keeps its value in the channel.
	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("len after firing:", len(t2.C), "stop:", t2.Stop(), "len:", len(t2.C))
	<-t2.C

	// Ticks are dropped for a slow receiver: never more than one waits in the channel.
	tk := time.NewTicker(2 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("ticker backlog:", len(tk.C))
	tk.Stop()
	<-tk.C
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after stop:", len(tk.C))
	tk.Reset(time.Millisecond)
	<-tk.C
	fmt.Println("ticker restarted by Reset")
	tk.Stop()

	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil, "Tick(-1) is nil:", time.Tick(-1) == nil)
	for _, f := range []func(){
		func() { time.NewTicker(0) },
		func() { tk.Reset(-1) },
		func() { var z time.Timer; z.Stop() },
		func() { var z time.Timer; z.Reset(time.Second) },
		func() { var z time.Ticker; z.Reset(time.Second) },
		func() { var z time.Ticker; z.Stop(); fmt.Println("zero Ticker Stop is fine") },
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("recovered:", r)
				}
			}()
			f()
		}()
	}

	// AfterFunc: Stop before it runs, Reset re-arms, C is nil.
	ran := make(chan int, 3)
	af := time.AfterFunc(time.Hour, func() { ran <- 1 })
	fmt.Println("AfterFunc C is nil:", af.C == nil, "stop:", af.Stop(), "stop again:", af.Stop())
	fmt.Println("reset stopped:", af.Reset(time.Millisecond))
	fmt.Println("ran:", <-ran)
	fmt.Println("reset after it ran:", af.Reset(time.Millisecond))
	fmt.Println("ran again:", <-ran)

	start := time.Now()
	select {
	case <-time.After(15 * time.Millisecond):
	case <-time.After(time.Hour):
	}
	fmt.Println("After waited at least 15ms:", time.Since(start) >= 15*time.Millisecond)

	// Sleep ordering.
	out := make(chan int, 3)
	for _, d := range []int{30, 10, 20} {
		go func() {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- d
		}()
	}
	fmt.Println(<-out, <-out, <-out)
	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println("zero and negative Sleep return at once")
}
