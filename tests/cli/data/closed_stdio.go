package main

import (
	"fmt"
	"os"
)

func main() {
	var b [4]byte
	n, err := os.Stdin.Read(b[:])
	fmt.Fprintln(os.Stderr, n, err)
	fmt.Println("to a closed stdout")
}
