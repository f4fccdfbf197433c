// error class: cannot take address of constant
package main

import "fmt"

func main() {
	p := &5
	fmt.Println(p)
}
