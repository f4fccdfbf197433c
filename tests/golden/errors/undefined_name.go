// error class: undefined identifier
package main

import "fmt"

func main() {
	fmt.Println(y)
}
