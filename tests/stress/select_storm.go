// stress: a select storm over 64 channels. 64 producers each send on their own channel and
// close it; 16 consumers, two per group of 8 channels, select over their group (8 receive
// cases plus a send case on a shared side channel) while channels close under them.
package main

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
)

const Channels = 64
const PerChannel = 3000
const ConsumersPerGroup = 2

func consume(cs [8]chan int, side chan<- int, count *atomic.Int64, sum *atomic.Int64, bad *atomic.Int64) {
	open := 8
	var n, s int64
	pending := 0 // values waiting to be echoed on the side channel
	for open > 0 {
		var sideCh chan<- int
		if pending > 0 {
			sideCh = side
		}
		var v int
		var ok bool
		idx := -1
		select {
		case v, ok = <-cs[0]:
			idx = 0
		case v, ok = <-cs[1]:
			idx = 1
		case v, ok = <-cs[2]:
			idx = 2
		case v, ok = <-cs[3]:
			idx = 3
		case v, ok = <-cs[4]:
			idx = 4
		case v, ok = <-cs[5]:
			idx = 5
		case v, ok = <-cs[6]:
			idx = 6
		case v, ok = <-cs[7]:
			idx = 7
		case sideCh <- 1:
			pending--
			continue
		}
		if !ok {
			cs[idx] = nil // closed: disable the case
			open--
			continue
		}
		if v < 0 {
			bad.Add(1)
		}
		n++
		s += int64(v)
		if v%100 == 0 {
			pending++
		}
	}
	for ; pending > 0; pending-- {
		side <- 1
	}
	count.Add(n)
	sum.Add(s)
}

func main() {
	chans := make([]chan int, Channels)
	for i := range chans {
		chans[i] = make(chan int, i%3) // unbuffered, 1 and 2
	}
	var count, sum, bad, sideCount atomic.Int64
	side := make(chan int)
	sideDone := make(chan struct{})
	go func() {
		for v := range side {
			sideCount.Add(int64(v))
		}
		close(sideDone)
	}()
	var prod, cons sync.WaitGroup
	for i := 0; i < Channels; i++ {
		prod.Add(1)
		go func(i int) {
			defer prod.Done()
			for k := 0; k < PerChannel; k++ {
				chans[i] <- i*PerChannel + k
			}
			close(chans[i])
		}(i)
	}
	for g := 0; g < Channels/8; g++ {
		var group [8]chan int
		copy(group[:], chans[g*8:g*8+8])
		for c := 0; c < ConsumersPerGroup; c++ {
			cons.Add(1)
			go func() {
				defer cons.Done()
				consume(group, side, &count, &sum, &bad)
			}()
		}
	}
	prod.Wait()
	cons.Wait()
	close(side)
	<-sideDone
	total := int64(Channels * PerChannel)
	want := total * (total - 1) / 2
	if count.Load() != total || sum.Load() != want || bad.Load() != 0 {
		fmt.Println("FAIL count", count.Load(), "sum", sum.Load(), "want", total, want)
		os.Exit(1)
	}
	if sideCount.Load() != total/100 {
		fmt.Println("FAIL side channel got", sideCount.Load(), "want", total/100)
		os.Exit(1)
	}
	fmt.Println("OK select messages", count.Load(), "checksum", sum.Load(), "side", sideCount.Load())
}
