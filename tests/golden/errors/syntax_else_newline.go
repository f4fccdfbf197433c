// error class: syntax error (else on its own line)
package main

import "fmt"

func main() {
	if true {
		fmt.Println("a")
	}
	else {
		fmt.Println("b")
	}
}
