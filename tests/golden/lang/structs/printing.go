package main

import "fmt"

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	M     map[string]int
	Any   interface{}
	priv  float64
	Flags []bool
}

type Empty struct{}

func main() {
	o := Outer{Name: "x", In: Inner{1, []string{"a", "b"}}, Ptr: &Inner{2, nil}, M: map[string]int{"k": 1}, Any: 3, priv: 1.5}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v\n", o.Ptr)
	fmt.Printf("%+v\n", o.Ptr)
	fmt.Printf("%#v\n", Inner{})
	o.Ptr = nil
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)
	fmt.Println(Empty{}, &Empty{})
	fmt.Printf("%#v %+v\n", Empty{}, Empty{})
	anon := struct {
		X, Y int
		S    string
	}{1, 2, "s"}
	fmt.Printf("%v %+v %#v\n", anon, anon, anon)
	ps := []*Inner{{A: 5}}
	fmt.Println(len(ps), *ps[0])
	fmt.Printf("%T %T %T\n", o, &o, anon)
}
