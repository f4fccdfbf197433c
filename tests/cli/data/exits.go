package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("buffered, no newline")
	os.Exit(5)
}
