// go1.22: expected output from gc 1.22 (slice to array conversion needs Go 1.20)
package main

import "fmt"

type T struct{ x int }

func catch(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		if isErr {
			fmt.Printf("%s: %v\n", name, err)
		} else {
			fmt.Printf("%s: non-error %v\n", name, r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	idx := 5
	catch("index", func() { _ = s[idx] })
	catch("negindex", func() { i := -1; _ = s[i] })
	catch("slice", func() { _ = s[1:idx] })
	catch("slice2", func() { lo := 3; hi := 2; _ = s[lo:hi] })
	catch("slice3", func() { _ = s[:2:idx] })
	catch("str", func() { str := "abc"; _ = str[idx] })
	catch("strslice", func() { str := "abc"; _ = str[idx:] })
	catch("div", func() { z := 0; _ = 10 / z })
	catch("mod", func() { z := 0; _ = 10 % z })
	catch("nilptr", func() { var p *T; _ = p.x })
	catch("nilmap", func() { var m map[string]int; m["a"] = 1 })
	catch("assert", func() { var i interface{} = "s"; _ = i.(int) })
	catch("assert2", func() { var i interface{}; _ = i.(int) })
	catch("assert3", func() { var i interface{} = T{}; _ = i.(fmt.Stringer) })
	catch("makeslice", func() { n := -1; _ = make([]int, n) })
	catch("array", func() { var a [3]int; i := 3; a[i] = 1 })
	catch("closed", func() { c := make(chan int); close(c); close(c) })
	catch("sendclosed", func() { c := make(chan int, 1); close(c); c <- 1 })
	catch("nilclose", func() { var c chan int; close(c) })
	catch("nilfunc", func() { var f func(); f() })
	catch("conv", func() { s := make([]int, 2); _ = [4]int(s) })
}
