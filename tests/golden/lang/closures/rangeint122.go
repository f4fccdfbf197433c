// go1.22: expected output from gc 1.22 (range over int + per-iteration variables; gc 1.19 rejects)
package main

import "fmt"

func main() {
	var fs []func() int
	for i := range 4 {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
