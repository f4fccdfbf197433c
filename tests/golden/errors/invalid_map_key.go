// error class: invalid map key type
package main

import "fmt"

func main() {
	m := map[[]int]string{}
	fmt.Println(m)
}
