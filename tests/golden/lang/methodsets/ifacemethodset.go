package main

import "fmt"

type Shape interface {
	Area() float64
}

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

type Circ struct{ r float64 }

func (c Circ) Area() float64 { return 3 * c.r * c.r }

func main() {
	var shapes []Shape
	shapes = append(shapes, &Sq{2}, Circ{1}, &Circ{2})
	for _, s := range shapes {
		fmt.Printf("%T %v\n", s, s.Area())
	}
	var x interface{} = Sq{3}
	_, ok := x.(Shape)
	fmt.Println(ok)
	x = &Sq{3}
	sh, ok := x.(Shape)
	fmt.Println(ok, sh.Area())
}
