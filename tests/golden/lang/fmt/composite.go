package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	Tags  []string
}

type Wrapper struct {
	P    *Point
	M    map[string]Point
	I    interface{}
	Next *Wrapper
}

func main() {
	p := Point{1, 2}
	l := Line{p, Point{3, 4}, "L", []string{"x", "y"}}
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	fmt.Printf("%v %+v %#v\n", &p, &p, &p)
	pp := &p
	fmt.Printf("%v\n", &pp == nil)
	w := Wrapper{M: map[string]Point{"k": {5, 6}}, I: p}
	fmt.Printf("%v\n%+v\n", w, w)
	w2 := &Wrapper{Next: &w}
	fmt.Printf("%v\n", w2.Next.P)
	sl := []*Point{{1, 1}}
	fmt.Printf("%v\n", len(sl))
	nested := [][]Point{{{1, 2}}, {}, nil}
	fmt.Printf("%v %+v\n", nested, nested)
	fmt.Printf("%#v\n", nested)
	m := map[Point][]int{{1, 2}: {3}, {0, 0}: nil}
	fmt.Printf("%v %#v\n", m, m)
	arr := [2]Point{}
	fmt.Printf("%v %#v\n", arr, arr)
	var ip interface{} = &Point{9, 9}
	fmt.Printf("%v %+v\n", ip, ip)
	var np *Point
	fmt.Printf("%v %+v %#v\n", np, np, np)
	fmt.Println(&l.Tags, &arr)
	ms := map[string]*Point{"a": nil}
	fmt.Println(ms)
	fmt.Printf("%v\n", struct {
		A *int
		B []interface{}
	}{nil, []interface{}{1, "a", nil, Point{}}})
}
