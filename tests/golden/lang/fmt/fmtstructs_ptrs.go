package main

import "fmt"

type Node struct {
	Val      int
	Children []*Node
}

type Inner struct{ A, B int }
type Outer struct {
	In  *Inner
	Ins []Inner
	Ptr []*Inner
}

func main() {
	tree := &Node{1, []*Node{{2, nil}, {3, []*Node{{4, nil}}}}}
	fmt.Printf("%v\n", tree.Children[0])
	fmt.Printf("%+v\n", *tree.Children[1].Children[0])
	o := Outer{nil, []Inner{{3, 4}}, []*Inner{nil}}
	fmt.Printf("%v\n%+v\n", o, o)
	po := &o
	fmt.Printf("%v\n", po)
	ppo := &po
	fmt.Println(ppo != nil)
	fmt.Println([]*int{nil})
	fmt.Println(map[string]*Inner{"x": nil})
	fmt.Printf("%#v\n", []*Inner{nil})
}
