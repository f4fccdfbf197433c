package main

import "fmt"

type Container[T any] struct {
	items []T
}

func (c *Container[T]) Add(v T)  { c.items = append(c.items, v) }
func (c *Container[T]) Count() int { return len(c.items) }

type Named struct {
	Container[string]
	Name string
}

type Matrix[T ~int | ~float64] [][]T

func (m Matrix[T]) Sum() T {
	var s T
	for _, r := range m {
		for _, v := range r {
			s += v
		}
	}
	return s
}

func main() {
	n := Named{Name: "bag"}
	n.Add("x")
	n.Add("y")
	fmt.Println(n.Name, n.Count(), n.items)
	m := Matrix[float64]{{1, 2}, {3.5}}
	fmt.Println(m.Sum())
	mi := Matrix[int]{{1}, {2, 3}}
	fmt.Println(mi.Sum(), len(mi))
	fmt.Printf("%+v\n", n)
}
