// stress: 32 producers x 32 consumers over unbuffered and buffered channels. Every message
// carries a checksum; each consumer checks it and that each producer's sequence numbers
// reach it in increasing order (channels are FIFO).
package main

import (
	"fmt"
	"os"
	"sync"
)

const Producers = 32
const Consumers = 32
const PerProducer = 5000

type msg struct {
	producer, seq int
	sum         uint32
}

func hash(p, s int) uint32 {
	h := uint32(2166136261)
	for _, b := range [...]int{p, s, p ^ s} {
		h ^= uint32(b)
		h *= 16777619
	}
	return h
}

func run(capacity int) (int, uint64) {
	ch := make(chan msg, capacity)
	var pwg, cwg sync.WaitGroup
	counts := make([]int, Consumers)
	sums := make([]uint64, Consumers)
	errs := make(chan string, Consumers)
	for p := 0; p < Producers; p++ {
		pwg.Add(1)
		go func(p int) {
			defer pwg.Done()
			for s := 0; s < PerProducer; s++ {
				ch <- msg{p, s, hash(p, s)}
			}
		}(p)
	}
	for c := 0; c < Consumers; c++ {
		cwg.Add(1)
		go func(c int) {
			defer cwg.Done()
			last := make([]int, Producers)
			for i := range last {
				last[i] = -1
			}
			for m := range ch {
				if m.sum != hash(m.producer, m.seq) {
					errs <- fmt.Sprintf("cap %d: corrupt message %+v", capacity, m)
					return
				}
				if m.seq <= last[m.producer] {
					errs <- fmt.Sprintf("cap %d: consumer %d got producer %d seq %d after %d", capacity, c, m.producer, m.seq, last[m.producer])
					return
				}
				last[m.producer] = m.seq
				counts[c]++
				sums[c] += uint64(m.sum)
			}
		}(c)
	}
	pwg.Wait()
	close(ch)
	cwg.Wait()
	close(errs)
	for e := range errs {
		fmt.Println("FAIL", e)
		os.Exit(1)
	}
	n, total := 0, uint64(0)
	for c := range counts {
		n += counts[c]
		total += sums[c]
	}
	if n != Producers*PerProducer {
		fmt.Printf("FAIL cap %d: %d messages, want %d\n", capacity, n, Producers*PerProducer)
		os.Exit(1)
	}
	return n, total
}

func main() {
	n, total := 0, uint64(0)
	for _, capacity := range []int{0, 1, 64} {
		k, s := run(capacity)
		n += k
		total += s
	}
	fmt.Println("OK messages", n, "checksum", total)
}
