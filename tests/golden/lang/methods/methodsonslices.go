package main

import (
	"fmt"
	"sort"
)

type Stack []string

func (s *Stack) Push(v string) { *s = append(*s, v) }
func (s *Stack) Pop() string {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() string { return s[len(s)-1] }
func (s Stack) Empty() bool  { return len(s) == 0 }

type ByLen []string

func (b ByLen) Len() int           { return len(b) }
func (b ByLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b ByLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	var s Stack
	s.Push("a")
	s.Push("b")
	s.Push("c")
	fmt.Println(s.Peek(), len(s))
	for !s.Empty() {
		fmt.Print(s.Pop())
	}
	fmt.Println()
	words := ByLen{"banana", "kiwi", "fig", "cherry!"}
	sort.Sort(words)
	fmt.Println(words)
}
