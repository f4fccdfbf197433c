package main

import "fmt"

type Greeter struct{ name string }

func (g Greeter) Greet(greeting string) string { return greeting + ", " + g.name }
func (g *Greeter) Rename(n string)              { g.name = n }

func main() {
	g := Greeter{"Ann"}
	f := g.Greet
	g.name = "Bob"
	fmt.Println(f("Hi"), g.Greet("Hi"))
	r := g.Rename
	r("Cid")
	fmt.Println(g.name)
	p := &g
	h := p.Greet
	p.name = "Dee"
	fmt.Println(h("Yo"))
	fns := []func(string) string{g.Greet, Greeter{"Eve"}.Greet}
	for _, fn := range fns {
		fmt.Println(fn("Hey"))
	}
}
