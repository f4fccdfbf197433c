package main

import "fmt"

type Logger interface {
	Log(string)
}

type ConsoleLogger struct{ prefix string }

func (c ConsoleLogger) Log(s string) { fmt.Println(c.prefix + s) }

type Service struct {
	Logger
	name string
}

type Counter struct {
	n int
}

func (c *Counter) Inc() int { c.n++; return c.n }

type Wrapped struct {
	Counter
}

func main() {
	s := Service{ConsoleLogger{"> "}, "svc"}
	s.Log("started " + s.name)
	var l Logger = s
	l.Log("via interface")
	w := Wrapped{}
	w.Inc()
	w.Inc()
	fmt.Println(w.n, w.Counter.n)
	pw := &w
	fmt.Println(pw.Inc())
}
