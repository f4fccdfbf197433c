package main

import "fmt"

type Tree struct {
	Left, Right *Tree
}

func bottomUp(depth int) *Tree {
	if depth <= 0 {
		return &Tree{}
	}
	return &Tree{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (t *Tree) Check() int {
	if t.Left == nil {
		return 1
	}
	return 1 + t.Left.Check() + t.Right.Check()
}

func main() {
	maxDepth := 12
	stretch := bottomUp(maxDepth + 1)
	fmt.Printf("stretch tree of depth %d\t check: %d\n", maxDepth+1, stretch.Check())
	long := bottomUp(maxDepth)
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+4)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(d).Check()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iters, d, check)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, long.Check())
}
