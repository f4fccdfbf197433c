// error class: constant overflow in typed constant arithmetic
package main

import "fmt"

const Max int8 = 127

func main() {
	fmt.Println(Max + 1)
}
