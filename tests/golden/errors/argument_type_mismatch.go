// error class: wrong argument type
package main

import "fmt"

func square(n int) int { return n * n }

func main() {
	fmt.Println(square("3"))
}
