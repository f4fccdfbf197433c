// Showcase: the dining philosophers. Five philosophers share five forks; each needs both
// neighbouring forks to eat. Deadlock is avoided by always picking up the lower-numbered
// fork first (a global lock order), and a host admits at most four at the table at a time.
// Every philosopher eats the same number of meals, so the summary is deterministic.
package main

import (
	"fmt"
	"sync"
)

const meals = 3

type Philosopher struct {
	name        string
	left, right int // fork numbers
	eaten       int
}

func (p *Philosopher) dine(forks []sync.Mutex, host chan struct{}, log chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := p.left, p.right
	if first > second {
		first, second = second, first
	}
	for p.eaten < meals {
		host <- struct{}{} // ask the host for a seat
		forks[first].Lock()
		forks[second].Lock()
		p.eaten++
		log <- p.name // "p.name eats meal p.eaten with forks first and second"
		forks[second].Unlock()
		forks[first].Unlock()
		<-host // leave the table
	}
}

func main() {
	names := []string{"Plato", "Kant", "Hume", "Descartes", "Socrates"}
	forks := make([]sync.Mutex, len(names))
	host := make(chan struct{}, len(names)-1)
	log := make(chan string, len(names)*meals)
	philosophers := make([]*Philosopher, len(names))
	for i, n := range names {
		philosophers[i] = &Philosopher{name: n, left: i, right: (i + 1) % len(names)}
	}
	var wg sync.WaitGroup
	for _, p := range philosophers {
		wg.Add(1)
		go p.dine(forks, host, log, &wg)
	}
	wg.Wait()
	close(log)
	// The order of meals varies from run to run; count them per philosopher instead.
	perName := map[string]int{}
	total := 0
	for name := range log {
		perName[name]++
		total++
	}
	for _, p := range philosophers {
		fmt.Printf("%-9s ate %d meals (logged %d)\n", p.name, p.eaten, perName[p.name])
	}
	fmt.Println("total meals:", total, "- nobody starved, no deadlock")
}
