package main

import "fmt"

type Base struct{ id int }

func (b *Base) SetID(i int) { b.id = i }
func (b Base) ID() int      { return b.id }

type Derived struct {
	*Base
	name string
}

type IDer interface {
	ID() int
	SetID(int)
}

func main() {
	d := Derived{&Base{1}, "d"}
	d.SetID(5)
	fmt.Println(d.ID())
	var i IDer = d
	i.SetID(9)
	fmt.Println(d.ID(), i.ID())
	d2 := d
	d2.SetID(11)
	fmt.Println(d.ID())
}
