package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

func main() {
	var x interface{} = 42
	n := x.(int)
	fmt.Println(n)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	var y interface{} = ID(7)
	st, ok := y.(Stringer)
	fmt.Println(st, ok, st.String())
	_, ok = x.(Stringer)
	fmt.Println(ok)
	id := y.(ID)
	fmt.Println(int(id) + 1)
	var nothing interface{}
	_, ok = nothing.(int)
	fmt.Println(ok)
	var sv Stringer = ID(3)
	back, ok := sv.(ID)
	fmt.Println(back, ok)
	if v, ok := sv.(interface{ String() string }); ok {
		fmt.Println("anon iface", v.String())
	}
	var e error
	_, ok = interface{}(e).(error)
	fmt.Println(ok)
}
