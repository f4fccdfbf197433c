package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

type Opt[T any] struct {
	v     T
	valid bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) OrElse(d T) T {
	if o.valid {
		return o.v
	}
	return d
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, p.Key)
	ps := []Pair[int, []string]{{1, []string{"x"}}, {2, nil}}
	fmt.Println(ps)
	s := Set[string]{}
	s.Add("go")
	s.Add("go")
	s.Add("c")
	fmt.Println(s.Len(), s.Has("go"), s.Has("rust"))
	fmt.Println(Some(5).OrElse(0), None[int]().OrElse(-1), None[string]().OrElse("dflt"))
	var t *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		t = t.Insert(w)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	fmt.Printf("%T\n", p)
}
