// A program without package os: many numbers and words from standard input.
package main

import "fmt"

func main() {
	var n int
	fmt.Scan(&n)
	total := 0
	letters := 0
	var last string
	for i := 0; i < n; i++ {
		var x int
		var w string
		if c, err := fmt.Scan(&x, &w); err != nil {
			fmt.Println("err", i, c, err)
			break
		}
		total += x
		letters += len(w)
		last = w
	}
	fmt.Println(n, total, letters, last)
	var a, b int
	c, err := fmt.Scanf("%d-%d", &a, &b)
	fmt.Println(c, err, a, b)
	var line string
	c, err = fmt.Scanln(&line)
	fmt.Println(c, err, line)
	var f float64
	c, err = fmt.Scanln(&f)
	fmt.Println(c, err, f)
	c, err = fmt.Scanln(&line)
	fmt.Println(c, err, line)
	c, err = fmt.Scan(&line)
	fmt.Println(c, err, line)
}
