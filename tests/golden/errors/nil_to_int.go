// error class: nil assigned to non-pointer type
package main

import "fmt"

func main() {
	var n int = nil
	fmt.Println(n)
}
