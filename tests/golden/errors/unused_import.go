// error class: imported and not used
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hi")
}
