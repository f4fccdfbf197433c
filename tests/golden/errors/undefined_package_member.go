// error class: undefined qualified identifier
package main

import "fmt"

func main() {
	fmt.Printn("typo")
}
