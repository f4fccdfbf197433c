package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

func move(p Point, dx int) Point {
	p.X += dx
	return p
}

func moveP(p *Point, dx int) {
	p.X += dx
}

func main() {
	a := Point{1, 2}
	b := a
	b.X = 10
	fmt.Println(a, b)
	c := move(a, 5)
	fmt.Println(a, c)
	moveP(&a, 7)
	fmt.Println(a)
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Label: "r"}
	r2 := r
	r2.Max.X = 30
	fmt.Println(r, r2)
	pts := []Point{{1, 1}, {2, 2}}
	for _, p := range pts {
		p.X = 99
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X = 99
	}
	fmt.Println(pts)
	pp := &pts[0]
	pp.Y = -1
	fmt.Println(pts[0])
	var zero Rect
	fmt.Printf("%+v\n", zero)
}
