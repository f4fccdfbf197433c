// error class: selector on pointer to interface
package main

import "fmt"

type S interface{ M() }

func call(p *S) {
	p.M()
}

func main() {
	fmt.Println("x")
}
