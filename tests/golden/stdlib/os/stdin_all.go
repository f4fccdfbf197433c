package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	data, err := io.ReadAll(os.Stdin)
	fmt.Println(len(data), err)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		fmt.Println(lines[i])
	}
	n, err := os.Stdin.Read(make([]byte, 10))
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Println("after stderr")
	os.Stdout.Write([]byte("raw write\n"))
	fmt.Fprintf(os.Stdout, "%s\n", "fprintf stdout")
}
