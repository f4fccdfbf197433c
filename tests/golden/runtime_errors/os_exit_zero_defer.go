package main

import (
	"fmt"
	"os"
)

func cleanup() { fmt.Println("cleanup not run") }

func main() {
	defer cleanup()
	fmt.Print("partial line without newline")
	os.Exit(0)
}
