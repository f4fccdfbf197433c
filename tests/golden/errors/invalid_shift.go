// error class: shift of non-integer constant
package main

import "fmt"

func main() {
	s := 2
	fmt.Println(1.5 << s)
}
