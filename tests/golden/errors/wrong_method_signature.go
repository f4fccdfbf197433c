// error class: interface method with wrong type
package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func (T) String() int { return 1 }

func main() {
	var s Stringer = T{}
	fmt.Println(s)
}
