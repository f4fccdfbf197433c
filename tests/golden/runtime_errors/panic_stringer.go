package main

import "fmt"

type Color int

func (c Color) String() string { return fmt.Sprintf("Color#%d", int(c)) }

func main() {
	panic(Color(3))
}
