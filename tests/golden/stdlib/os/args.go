package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1:])
	for i, a := range os.Args[1:] {
		fmt.Printf("%d=%q\n", i, a)
	}
}
