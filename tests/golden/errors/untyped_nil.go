// error class: use of untyped nil
package main

import "fmt"

func main() {
	x := nil
	fmt.Println(x)
}
