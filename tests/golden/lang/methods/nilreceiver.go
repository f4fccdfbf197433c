package main

import "fmt"

type List struct {
	val  int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func (l *List) String() string {
	if l == nil {
		return "nil"
	}
	return fmt.Sprintf("%d -> %v", l.val, l.next)
}

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{V: v}
	}
	if v < t.V {
		t.L = t.L.Insert(v)
	} else {
		t.R = t.R.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.L.InOrder(visit)
	visit(t.V)
	t.R.InOrder(visit)
}

func main() {
	var l *List
	fmt.Println(l.Len(), l.String())
	l = &List{1, &List{2, &List{3, nil}}}
	fmt.Println(l.Len(), l)
	var t *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		t = t.Insert(v)
	}
	t.InOrder(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
}
