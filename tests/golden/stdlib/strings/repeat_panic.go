package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("-", 3))
	fmt.Println(strings.Repeat("x", -1))
}
