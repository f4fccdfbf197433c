// go with a method value: the receiver is evaluated (copied for value receivers) at the go statement.
package main

import "fmt"

type Greeter struct{ name string }

func (g Greeter) Greet(out chan<- string)   { out <- "hello from " + g.name }
func (g *Greeter) Rename(out chan<- string) { g.name += "!"; out <- "renamed to " + g.name }

func main() {
	out := make(chan string)
	g := Greeter{name: "alice"}
	go g.Greet(out)
	fmt.Println(<-out)

	greet := g.Greet
	g.name = "bob"
	go greet(out) // receiver copied when the method value was made
	fmt.Println(<-out)

	go g.Rename(out)
	fmt.Println(<-out)
	fmt.Println("g.name:", g.name)
}
