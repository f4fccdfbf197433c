package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Key         int
	Val         string
	Left, Right *Node
}

type BST struct {
	root *Node
	size int
}

func (t *BST) Put(k int, v string) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).Key:
			p = &(*p).Left
		case k > (*p).Key:
			p = &(*p).Right
		default:
			(*p).Val = v
			return
		}
	}
	*p = &Node{Key: k, Val: v}
	t.size++
}

func (t *BST) Get(k int) (string, bool) {
	n := t.root
	for n != nil {
		if k < n.Key {
			n = n.Left
		} else if k > n.Key {
			n = n.Right
		} else {
			return n.Val, true
		}
	}
	return "", false
}

func (t *BST) Height() int {
	var h func(*Node) int
	h = func(n *Node) int {
		if n == nil {
			return 0
		}
		return 1 + max2(h(n.Left), h(n.Right))
	}
	return h(t.root)
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func (t *BST) String() string {
	var sb strings.Builder
	var walk func(*Node)
	walk = func(n *Node) {
		if n == nil {
			return
		}
		walk(n.Left)
		fmt.Fprintf(&sb, "%d:%s ", n.Key, n.Val)
		walk(n.Right)
	}
	walk(t.root)
	return strings.TrimSpace(sb.String())
}

func main() {
	t := &BST{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		t.Put(k, fmt.Sprint("v", k))
	}
	fmt.Println(t)
	fmt.Println(t.size, t.Height())
	fmt.Println(t.Get(40))
	fmt.Println(t.Get(45))
}
