package main

import "fmt"

func main() {
	s := "aé世😀"
	for i, r := range s {
		fmt.Println(i, r, string(r), len(string(r)))
	}
	bad := "a\xffb\xe4\xb8c\xe4\xb8\x96"
	for i, r := range bad {
		fmt.Printf("%d %U %q\n", i, r, r)
	}
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n)
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var last rune
	for _, last = range "xyz" {
	}
	fmt.Println(string(last))
}
