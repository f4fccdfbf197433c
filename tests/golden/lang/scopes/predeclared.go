package main

import "fmt"

func main() {
	true := false
	fmt.Println(true, !true)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	{
		nil := 5
		fmt.Println(nil)
	}
	type int = string
	var s int = "i am a string"
	fmt.Println(s)
	iota := 3
	fmt.Println(iota)
	string := "str"
	fmt.Println(string)
}
