package main

import "fmt"

type Celsius float64
type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	var sh Shape = Sq{2}
	fmt.Println(sh.Area())
	c := sh.(*Sq)
	fmt.Println(c)
}
