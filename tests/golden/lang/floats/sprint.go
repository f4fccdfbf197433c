package main

import (
	"fmt"
	"strconv"
)

func main() {
	fs := []float64{1, 0.1, 1e6, 1.5e-7, 123456789.125, -0.0}
	for _, f := range fs {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64), fmt.Sprint(f))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32))
	v, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(v, err)
	v, err = strconv.ParseFloat("abc", 64)
	fmt.Println(v, err)
	v, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(v, err)
	v, _ = strconv.ParseFloat("inf", 64)
	fmt.Println(v)
	fmt.Println(fmt.Sprintf("%6.2f%%", 99.5))
	fmt.Print(1.0, 2.5, "x", 3.0, "\n")
}
