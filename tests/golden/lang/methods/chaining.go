package main

import (
	"fmt"
	"strings"
)

type Builder struct {
	parts []string
	sep   string
}

func NewBuilder() *Builder { return &Builder{sep: " "} }

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	return b
}

func (b *Builder) Sep(s string) *Builder {
	b.sep = s
	return b
}

func (b *Builder) Build() string { return strings.Join(b.parts, b.sep) }

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec   { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Mul(k int) Vec   { return Vec{v.X * k, v.Y * k} }
func (v Vec) String() string { return fmt.Sprintf("(%d,%d)", v.X, v.Y) }

func main() {
	fmt.Println(NewBuilder().Add("a").Add("b").Sep("-").Add("c").Build())
	v := Vec{1, 2}.Add(Vec{3, 4}).Mul(2)
	fmt.Println(v, v.X)
	fmt.Println([]Vec{{1, 1}, {2, 2}})
	fmt.Printf("%v %s %d\n", v, v, v)
}
