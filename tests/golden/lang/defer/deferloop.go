// go1.22: expected output from gc 1.22 (per-iteration loop variable captured by deferred closures)
package main

import "fmt"

type Resource struct{ name string }

func open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name}
}

func (r *Resource) Close() { fmt.Println("close", r.name) }

func process(names []string) {
	for _, n := range names {
		r := open(n)
		defer r.Close()
	}
	fmt.Println("processing done")
}

func processEach(names []string) {
	for _, n := range names {
		func() {
			r := open(n)
			defer r.Close()
			fmt.Println("use", n)
		}()
	}
}

func main() {
	process([]string{"a", "b", "c"})
	processEach([]string{"x", "y"})
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print(i, " ") }()
	}
	defer fmt.Println()
}
