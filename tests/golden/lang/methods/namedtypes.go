package main

import (
	"fmt"
	"strings"
)

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Words map[string]int

func (w Words) Add(s string) {
	for _, f := range strings.Fields(s) {
		w[f]++
	}
}

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func main() {
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), len(l))
	w := Words{}
	w.Add("a b a c a")
	fmt.Println(w)
	double := Op(func(x int) int { return x * 2 })
	fmt.Println(double.Twice(5))
	fmt.Println(Celsius(100).ToF(), Celsius(-40).ToF())
}
