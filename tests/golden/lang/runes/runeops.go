package main

import "fmt"

func isUpper(r rune) bool { return r >= 'A' && r <= 'Z' }

func caesar(s string, k rune) string {
	out := []rune{}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			out = append(out, 'a'+(r-'a'+k)%26)
		case isUpper(r):
			out = append(out, 'A'+(r-'A'+k)%26)
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

func main() {
	fmt.Println(caesar("Hello, World!", 3))
	fmt.Println(caesar(caesar("Hello, World!", 3), 23))
	var r rune = 'a'
	r += 2
	fmt.Println(r, string(r), r-'a')
	fmt.Printf("%T %T\n", r, 'x'-'a')
	digits := "9081726354"
	sum := 0
	for _, d := range digits {
		sum += int(d - '0')
	}
	fmt.Println(sum)
	var b byte = 'z'
	fmt.Println(b, string(b), string(rune(b)))
	fmt.Println('a' < 'b', 'é' > 'z')
}
