// error class: expression in defer must be function call
package main

import "fmt"

func main() {
	f := func() {}
	defer f
	fmt.Println("x")
}
