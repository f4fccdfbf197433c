package main

import "fmt"

func main() { fmt.Println("two files:", fromB) }
