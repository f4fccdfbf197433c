// error class: imported and not used (renamed import)
package main

import (
	"fmt"
	str "strings"
)

func main() {
	fmt.Println("hi")
}
