// Showcase: publish/subscribe. A broker goroutine owns the subscriber lists; publishers and
// subscribers talk to it only through channels. Each subscriber receives its topic's
// messages in publication order.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type message struct {
	topic, body string
}

type subscription struct {
	topic string
	ch    chan string
}

type Broker struct {
	publish   chan message
	subscribe chan subscription
	done      chan struct{}
}

func NewBroker() *Broker {
	b := &Broker{
		publish:   make(chan message),
		subscribe: make(chan subscription),
		done:      make(chan struct{}),
	}
	go b.run()
	return b
}

func (b *Broker) run() {
	subs := map[string][]chan string{}
	for {
		select {
		case s := <-b.subscribe:
			subs[s.topic] = append(subs[s.topic], s.ch)
		case m, ok := <-b.publish:
			if !ok { // shutting down: close every subscriber channel
				for _, list := range subs {
					for _, ch := range list {
						close(ch)
					}
				}
				close(b.done)
				return
			}
			for _, ch := range subs[m.topic] {
				ch <- m.body // subscriber channels are buffered
			}
		}
	}
}

func (b *Broker) Subscribe(topic string) <-chan string {
	ch := make(chan string, 16)
	b.subscribe <- subscription{topic, ch}
	return ch
}

func (b *Broker) Publish(topic, body string) { b.publish <- message{topic, body} }
func (b *Broker) Close()                     { close(b.publish); <-b.done }

func main() {
	b := NewBroker()
	type sub struct {
		name string
		ch   <-chan string
	}
	subs := []sub{
		{"alice(news)", b.Subscribe("news")},
		{"bob(news)", b.Subscribe("news")},
		{"carol(sports)", b.Subscribe("sports")},
		{"dave(weather)", b.Subscribe("weather")},
	}
	var wg sync.WaitGroup
	reports := make([]string, len(subs))
	for i, s := range subs {
		wg.Add(1)
		go func(i int, s sub) {
			defer wg.Done()
			var got []string
			for msg := range s.ch {
				got = append(got, msg)
			}
			if len(got) == 0 {
				got = []string{"(nothing)"}
			}
			reports[i] = fmt.Sprintf("%-14s %s", s.name, strings.Join(got, " | "))
		}(i, s)
	}
	// Two publishers on different topics run concurrently; per-topic order is kept.
	var pubs sync.WaitGroup
	pubs.Add(2)
	go func() {
		defer pubs.Done()
		for i := 1; i <= 3; i++ {
			b.Publish("news", fmt.Sprintf("headline %d", i))
		}
	}()
	go func() {
		defer pubs.Done()
		b.Publish("sports", "goal!")
		b.Publish("sports", "final score 2-1")
	}()
	pubs.Wait()
	b.Publish("nobody-listens", "lost message")
	b.Close()
	wg.Wait()
	sort.Strings(reports)
	for _, r := range reports {
		fmt.Println(r)
	}
}
