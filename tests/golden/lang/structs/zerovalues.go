package main

import "fmt"

type All struct {
	I   int
	F   float64
	S   string
	B   bool
	P   *int
	Sl  []int
	M   map[string]int
	Fn  func()
	If  interface{}
	Err error
	Arr [2]int
	Ch  chan int
}

func main() {
	var a All
	fmt.Printf("%v\n", a)
	fmt.Printf("%+v\n", a)
	fmt.Println(a.P == nil, a.Sl == nil, a.M == nil, a.Fn == nil, a.If == nil, a.Err == nil, a.Ch == nil)
	b := All{}
	fmt.Println(a.I == b.I && a.S == b.S)
	c := new(All)
	c.I = 3
	fmt.Println(c.I, c.S == "")
}
