package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c Counter) IncVal()    { c.n++ }
func (c *Counter) Inc()      { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

func main() {
	var c Counter
	c.IncVal()
	fmt.Println(c.Value())
	c.Inc()
	c.Inc()
	fmt.Println(c.Value())
	p := &c
	p.Inc()
	p.IncVal()
	fmt.Println(p.Value(), c.n)
	c.Add(10).Add(100).Inc()
	fmt.Println(c.n)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].Value())
}
