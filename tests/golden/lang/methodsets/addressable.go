package main

import "fmt"

type C struct{ n int }

func (c *C) Inc() { c.n++ }
func (c C) Get() int { return c.n }

func main() {
	var c C
	c.Inc()
	arr := [2]C{}
	arr[1].Inc()
	sl := []C{{}, {}}
	sl[0].Inc()
	sl[0].Inc()
	st := struct{ Inner C }{}
	st.Inner.Inc()
	p := &st
	p.Inner.Inc()
	fmt.Println(c.Get(), arr[1].Get(), sl[0].Get(), st.Inner.Get())
	m := map[string]*C{"x": {}}
	m["x"].Inc()
	fmt.Println(m["x"].Get(), C{5}.Get())
	f := c.Inc
	f()
	f()
	fmt.Println(c.n)
}
