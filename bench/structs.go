// bench: method calls through pointers and interfaces over slices of structs.
package main

import "fmt"

const N = 1000 // shapes
const Rounds = 10000

type Shape interface {
	Area() int
	Scale(k int)
}

type Rect struct{ w, h int }
type Square struct{ s int }
type Tri struct{ b, h int }

func (r *Rect) Area() int     { return r.w * r.h }
func (r *Rect) Scale(k int)   { r.w = (r.w*k)%97 + 1; r.h = (r.h*k)%89 + 1 }
func (s *Square) Area() int   { return s.s * s.s }
func (s *Square) Scale(k int) { s.s = (s.s*k)%83 + 1 }
func (t *Tri) Area() int      { return t.b * t.h / 2 }
func (t *Tri) Scale(k int)    { t.b = (t.b*k)%79 + 1; t.h = (t.h*k)%73 + 1 }

type Point struct{ X, Y int }

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Point) Dist() int         { return abs(p.X) + abs(p.Y) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	shapes := make([]Shape, 0, N)
	for i := 0; i < N; i++ {
		switch i % 3 {
		case 0:
			shapes = append(shapes, &Rect{i%10 + 1, i%7 + 1})
		case 1:
			shapes = append(shapes, &Square{i%9 + 1})
		default:
			shapes = append(shapes, &Tri{i%8 + 2, i%6 + 2})
		}
	}
	points := make([]Point, N)
	sum := 0
	for r := 0; r < Rounds; r++ {
		for i, s := range shapes {
			sum += s.Area()
			s.Scale(r%5 + 2)
			p := &points[i]
			p.Move(r%3-1, i%3-1)
			sum += p.Dist() & 15
		}
	}
	fmt.Println("structs checksum", sum)
}
