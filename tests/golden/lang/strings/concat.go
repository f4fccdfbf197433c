package main

import "fmt"

func main() {
	s := "Hello"
	t := s + ", " + "World" + "!"
	fmt.Println(t, len(t))
	u := s
	s += " there"
	fmt.Println(s, u)
	var acc string
	for i := 0; i < 5; i++ {
		acc += string(rune('a'+i)) + fmt.Sprint(i)
	}
	fmt.Println(acc)
	var empty string
	fmt.Println(empty == "", len(empty), "["+empty+"]")
	const c = "con" + "st"
	fmt.Println(c + "ant")
	x := `raw\nstring
second line`
	fmt.Println(x)
	fmt.Println(len(`\n`), len("\n"))
}
