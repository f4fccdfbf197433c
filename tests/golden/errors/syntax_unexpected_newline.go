// error class: syntax error (unexpected newline)
package main

import "fmt"

func main() {
	fmt.Println("a",
		"b"
	)
}
