// error class: syntax error (unbalanced parenthesis)
package main

import "fmt"

func main() {
	fmt.Println((1 + 2)
}
