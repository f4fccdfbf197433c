package main

import (
	"fmt"
	"sort"
)

func main() {
	pairs := [][2]string{{"a", "b"}, {"abc", "abd"}, {"ab", "abc"}, {"", "a"}, {"Z", "a"}, {"é", "z"}, {"same", "same"}, {"b", "a"}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(a < b, a <= b, a == b, a != b, a > b, a >= b)
	}
	words := []string{"pear", "Apple", "banana", "apple", "", "Banana", "äpfel"}
	sort.Strings(words)
	fmt.Printf("%q\n", words)
	s1 := "hello"
	s2 := "hel" + "lo"
	b := []byte{'h', 'e', 'l', 'l', 'o'}
	fmt.Println(s1 == s2, s1 == string(b))
}
