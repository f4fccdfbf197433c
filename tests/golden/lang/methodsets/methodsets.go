package main

import "fmt"

type Valuer interface{ Value() int }
type Setter interface{ Set(int) }
type Both interface {
	Valuer
	Setter
}

type V struct{ n int }

func (v V) Value() int   { return v.n }
func (v *V) Set(n int)   { v.n = n }

type E struct{ V }
type EP struct{ *V }

func check(name string, x interface{}) {
	_, isV := x.(Valuer)
	_, isS := x.(Setter)
	_, isB := x.(Both)
	fmt.Println(name, isV, isS, isB)
}

func main() {
	v := V{1}
	check("V", v)
	check("*V", &v)
	check("E", E{})
	check("*E", &E{})
	check("EP", EP{&V{}})
	check("*EP", &EP{&V{}})
	var b Both = &v
	b.Set(42)
	fmt.Println(v.n, b.Value())
	ep := EP{&v}
	var s Setter = ep
	s.Set(7)
	fmt.Println(v.n)
}
