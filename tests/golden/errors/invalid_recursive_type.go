// error class: invalid recursive type
package main

type Node struct {
	Val  int
	Next Node
}

func main() {
	var n Node
	_ = n
}
