package main

import "fmt"

func main() {
	fmt.Println("allocating")
	var keep [][]byte
	for i := 0; ; i++ {
		keep = append(keep, make([]byte, 1<<20))
		keep[i][i%(1<<20)] = 1
	}
}
