package main

import "fmt"

type Acc struct{ n int }

func (a *Acc) Add(k int) *Acc {
	fmt.Println("add", k)
	a.n += k
	return a
}

func arg(k int) int {
	fmt.Println("arg", k)
	return k
}

func main() {
	a := &Acc{}
	a.Add(arg(1)).Add(arg(2)).Add(arg(3))
	fmt.Println(a.n)
	fmt.Println(arg(4), arg(5), fmt.Sprint(arg(6)))
}
