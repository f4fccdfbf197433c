package main

import "fmt"

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type List[T any] struct {
	head *Node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &Node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.Next {
		f(n.Val)
	}
}

func (l *List[T]) Reverse() {
	var prev *Node[T]
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func ToSlice[T any](l *List[T]) []T {
	out := make([]T, 0, l.size)
	l.Each(func(v T) { out = append(out, v) })
	return out
}

func main() {
	l := &List[string]{}
	for _, w := range []string{"c", "b", "a"} {
		l.PushFront(w)
	}
	fmt.Println(ToSlice(l), l.size)
	l.Reverse()
	fmt.Println(ToSlice(l))
	li := List[float64]{}
	li.PushFront(1.5)
	li.PushFront(2.5)
	sum := 0.0
	li.Each(func(f float64) { sum += f })
	fmt.Println(sum)
}
