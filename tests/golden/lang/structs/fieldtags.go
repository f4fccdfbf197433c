package main

import "fmt"

type User struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
	age   int
}

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Left.Sum() + n.Right.Sum()
}

func main() {
	u := User{Name: "a", age: 3}
	fmt.Printf("%+v\n", u)
	tree := &Node{1, &Node{2, nil, nil}, &Node{3, &Node{4, nil, nil}, nil}}
	fmt.Println(tree.Sum())
	fmt.Printf("%+v\n", *tree.Right.Left)
	var nilTree *Node
	fmt.Println(nilTree.Sum())
}
