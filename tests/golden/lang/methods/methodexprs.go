package main

import "fmt"

type Point struct{ X, Y float64 }

func (p Point) Scale(k float64) Point { return Point{p.X * k, p.Y * k} }
func (p *Point) Move(dx, dy float64)  { p.X += dx; p.Y += dy }

func main() {
	scale := Point.Scale
	fmt.Println(scale(Point{1, 2}, 3))
	move := (*Point).Move
	p := Point{0, 0}
	move(&p, 1, 1)
	fmt.Println(p)
	ps := (*Point).Scale
	fmt.Println(ps(&p, 10))
	fmt.Printf("%T\n%T\n", scale, move)
	ops := []func(Point, float64) Point{Point.Scale}
	fmt.Println(ops[0](Point{2, 2}, 0.5))
}
