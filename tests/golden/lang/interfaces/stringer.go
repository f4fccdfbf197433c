package main

import (
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pair struct {
	K string
	V int
}

func (p *Pair) String() string { return p.K + "=" + fmt.Sprint(p.V) }

type Wrapper struct {
	T Temp
	P Pair
}

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c Code) String() string { return "stringer-code" }

func main() {
	t := Temp(21.5)
	fmt.Println(t)
	fmt.Printf("%v %s %d %.2f\n", t, t, t, t)
	p := Pair{"a", 1}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %v\n", p, p, &p)
	fmt.Println(Wrapper{t, p})
	fmt.Println([]Temp{1, 2})
	fmt.Println(map[string]Temp{"x": 3})
	fmt.Println(Code(5))
	fmt.Printf("%v %s %d\n", Code(6), Code(6), Code(6))
	var s fmt.Stringer = t
	fmt.Println(s)
	fmt.Printf("%#v\n", t)
}
