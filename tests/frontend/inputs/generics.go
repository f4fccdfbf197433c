// A program exercising the syntax robust.sh mutates: generics, closures, channels, select.
package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[T Number](xs ...T) (s T) {
	for i := range xs {
		s += xs[i]
	}
	return
}

func worker(id int, jobs <-chan int, results chan<- Pair[int, string], done chan struct{}) {
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				return
			}
			results <- Pair[int, string]{Key: j, Val: strings.Repeat("*", j)}
		case <-done:
			return
		}
	}
}

func main() {
	var l List[string]
	l.Push("a")
	words := Map([]int{1, 2, 3}, func(n int) string { return fmt.Sprint(n * n) })
	fmt.Println(words, Sum(1.5, 2.5), Sum[int](1, 2, 3), len(l.items))
	m := map[string][]Pair[int, string]{"x": {{1, "a"}, {Key: 2}}}
	if v, ok := m["x"]; ok && len(v) > 1 {
		fmt.Println(v[1:2:2])
	}
	switch x := any(3).(type) {
	case int, int64:
		fmt.Println("int", x)
	default:
	}
	for i := range 3 {
		defer func() { fmt.Println(i) }()
	}
	arr := [...]float64{1: 2.5, 4: 1e3, 0x1p-2}
	fmt.Printf("%v %q %c\n", arr, `raw\n`, '\u00e9')
L:
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue L
		case i > 5:
			break L
		}
	}
}
