// error class: float constant truncated to integer
package main

import "fmt"

func main() {
	var n int = 2.5
	fmt.Println(n)
}
