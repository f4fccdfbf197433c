package main

import (
	"fmt"
	"strconv"
)

func mustParse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	fmt.Println(mustParse("12"))
	fmt.Println(mustParse("twelve"))
}
