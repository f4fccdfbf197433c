package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node {
	return &Node{v, head}
}

func main() {
	var head *Node
	for i := 1; i <= 4; i++ {
		head = push(head, i)
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	var prev *Node
	cur := head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	for n := prev; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	p := &Node{Val: 1}
	q := p
	q.Val = 2
	fmt.Println(p.Val, (*p).Val)
	fmt.Println(p.Next)
	fmt.Printf("%v %+v\n", *p, *p)
	t := &struct{ A, B int }{1, 2}
	fmt.Println(t)
}
