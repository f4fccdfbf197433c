// error class: invalid argument for builtin len
package main

import "fmt"

func main() {
	n := 5
	fmt.Println(len(n))
}
