// error class: cannot fallthrough final case
package main

import "fmt"

func main() {
	switch x := 1; x {
	case 1:
		fmt.Println("one")
		fallthrough
	}
}
