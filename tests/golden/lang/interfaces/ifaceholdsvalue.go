package main

import "fmt"

type Box struct{ N int }

func (b Box) Get() int   { return b.N }
func (b *Box) Set(n int) { b.N = n }

type Getter interface{ Get() int }
type Setter interface{ Set(int) }

func main() {
	b := Box{1}
	var g Getter = b
	b.N = 2
	fmt.Println(g.Get(), b.Get())
	var s Setter = &b
	s.Set(10)
	fmt.Println(b.N, g.Get())
	g = &b
	b.N = 20
	fmt.Println(g.Get())
	arr := []Getter{Box{1}, &Box{2}}
	for _, x := range arr {
		fmt.Print(x.Get(), " ")
	}
	fmt.Println()
	var i interface{} = b
	c := i.(Box)
	c.N = 99
	fmt.Println(i.(Box).N, c.N)
}
