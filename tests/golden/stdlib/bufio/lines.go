package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	total := 0
	for sc.Scan() {
		line := sc.Text()
		n++
		total += len(line)
		fmt.Printf("%d: %q\n", n, line)
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(n, "lines,", total, "bytes")
	fmt.Println(strings.Repeat("=", 10))
}
