package main

import "fmt"

type T int

func (t T) Describe() string { return fmt.Sprintf("outer T %d", int(t)) }

func main() {
	var a T = 1
	fmt.Println(a.Describe())
	{
		type T string
		var b T = "inner"
		fmt.Printf("%T %v\n", b, b)
	}
	type Local struct{ X int }
	l := Local{5}
	fmt.Printf("%T %+v\n", l, l)
	f := func() {
		type Local struct{ Y string }
		fmt.Printf("%T %+v\n", Local{"y"}, Local{"y"})
	}
	f()
}
