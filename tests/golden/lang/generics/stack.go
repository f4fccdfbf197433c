package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

func main() {
	var s Stack[int]
	for i := 0; i < 4; i++ {
		s.Push(i * 10)
	}
	fmt.Println(s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := s.Pop()
	fmt.Println(v, ok)
	ss := &Stack[string]{}
	ss.Push("a")
	ss.Push("b")
	top, _ := ss.Pop()
	fmt.Println(top, ss.Len())
	fmt.Printf("%T %T %+v\n", s, ss, *ss)
	type pair struct{ a, b int }
	ps := Stack[pair]{}
	ps.Push(pair{1, 2})
	p, _ := ps.Pop()
	fmt.Println(p)
	sp, ok := (&Stack[*int]{}).Pop()
	fmt.Println(sp, ok)
}
