// go1.22: expected output from gc 1.22 (panic(nil) is *runtime.PanicNilError since Go 1.21)
package main

import (
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println(r != nil)
		fmt.Printf("%T\n", r)
		fmt.Println(r)
	}()
	panic(nil)
}
