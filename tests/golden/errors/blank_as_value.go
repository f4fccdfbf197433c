// error class: cannot use _ as value
package main

import "fmt"

func main() {
	fmt.Println(_)
}
