package main

import "fmt"

type A struct{ X int }
type B struct{ X int }
type Sym string

func main() {
	var i1, i2 interface{} = 1, 1
	fmt.Println(i1 == i2)
	i2 = int64(1)
	fmt.Println(i1 == i2)
	i1, i2 = A{1}, A{1}
	fmt.Println(i1 == i2)
	i2 = B{1}
	fmt.Println(i1 == i2)
	i1, i2 = "s", Sym("s")
	fmt.Println(i1 == i2, i1 == "s", i2 == Sym("s"))
	var x interface{} = 3.0
	fmt.Println(x == 3.0, x == 3)
	p := &A{1}
	var ip1, ip2 interface{} = p, p
	fmt.Println(ip1 == ip2)
	var e1, e2 error
	fmt.Println(e1 == e2)
	var s fmt.Stringer
	var any interface{} = s
	fmt.Println(any == nil)
	m := map[interface{}]string{1: "int", "1": "string", A{1}: "A"}
	fmt.Println(m[1], m["1"], m[A{1}], m[B{1}] == "")
}
