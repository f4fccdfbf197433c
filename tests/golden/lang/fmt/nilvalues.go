package main

import "fmt"

type T struct {
	P *int
	S []int
	M map[int]int
	F func()
	I interface{}
	E error
	C chan int
}

func main() {
	var p *int
	var s []int
	var m map[string]int
	var f func()
	var i interface{}
	var e error
	var c chan int
	fmt.Println(p, s, m, i, e, c)
	fmt.Printf("%v %v %v %v %v %v\n", p, s, m, i, e, c)
	fmt.Printf("%+v %+v %+v\n", p, s, m)
	fmt.Printf("%#v %#v %#v %#v %#v\n", p, s, m, i, e)
	fmt.Printf("%d %s %x\n", s, s, s)
	fmt.Printf("%s %d\n", i, e)
	fmt.Println(f == nil)
	fmt.Printf("%v\n", T{})
	fmt.Printf("%+v\n", T{})
	fmt.Printf("%T %T %T %T\n", p, s, i, e)
	var pp **int
	fmt.Println(pp)
	fmt.Print(nil, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Println(nil)
}
