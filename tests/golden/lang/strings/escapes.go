package main

import "fmt"

func main() {
	s := "tab\there\nnewline \"quoted\" back\\slash \x41\101\u00e9\U0001F600 \a\b\f\v\r"
	fmt.Printf("%q\n", s)
	fmt.Println(len(s))
	fmt.Printf("%+q\n", "é世😀")
	fmt.Printf("%#q %#q\n", "no`back", "has`back")
	fmt.Printf("%q %q %q\n", 'x', '\n', '世')
	fmt.Printf("%x|% X|%#x\n", "héllo", "hi", "hi")
	fmt.Printf("%s|%10s|%-10s|%.2s|%5.1s|\n", "go", "go", "go", "golang", "golang")
	fmt.Printf("%q\n", "\x00\x7f\xff")
}
