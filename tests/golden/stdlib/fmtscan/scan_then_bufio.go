package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var n int
	var name string
	c, err := fmt.Scan(&n, &name)
	fmt.Println(c, err, n, name)
	var f float64
	c, err = fmt.Scanln(&f)
	fmt.Println(c, err, f)
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Printf("line: %q\n", sc.Text())
	}
}
