package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func (r *Registry) Add(name string) {
	r.byName[name] = len(r.byName)
}

func main() {
	var r Registry
	fmt.Println(len(r.byName))
	r.Add("x")
}
