package main

import (
	"errors"
	"fmt"
)

type MyPanic struct {
	Code int
	Msg  string
}

func try(f func()) (r interface{}) {
	defer func() {
		r = recover()
	}()
	f()
	return "no panic"
}

func main() {
	fmt.Println(try(func() { panic("string value") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	fmt.Println(try(func() { panic(MyPanic{7, "custom"}) }))
	fmt.Println(try(func() { panic(&MyPanic{8, "ptr"}) }))
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { panic(fmt.Sprintf("formatted %d", 5)) }))
	r := try(func() { panic(MyPanic{1, "x"}) })
	if mp, ok := r.(MyPanic); ok {
		fmt.Println("typed:", mp.Code, mp.Msg)
	}
	r = try(func() { var a []int; _ = a[3] })
	if e, ok := r.(error); ok {
		fmt.Println("runtime error:", e.Error())
	}
	fmt.Printf("%T\n", try(func() { panic(1.5) }))
}
