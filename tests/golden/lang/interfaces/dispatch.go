package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64     { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func total(shapes []Shape) (a, p float64) {
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, NewSquare(2)}
	for _, s := range shapes {
		fmt.Printf("%T %.2f %.2f\n", s, s.Area(), s.Perimeter())
	}
	a, p := total(shapes)
	fmt.Printf("%.3f %.3f\n", a, p)
	var s Shape
	fmt.Println(s == nil)
	s = Rect{1, 1}
	fmt.Println(s, s.Area())
	s = &Circle{2}
	fmt.Printf("%v %+v\n", s, s)
}
