// Runes, multi-byte and invalid UTF-8 in standard input.
package main

import "fmt"

func main() {
	for i := 0; i < 6; i++ {
		var s string
		n, err := fmt.Scan(&s)
		fmt.Printf("%d %v %q\n", n, err, s)
	}
	for i := 0; i < 8; i++ {
		var r rune
		n, err := fmt.Scanf("%c", &r)
		fmt.Printf("%d %v %q %d\n", n, err, r, r)
	}
	var b byte
	n, err := fmt.Scanf("%c", &b)
	fmt.Printf("%d %v %d\n", n, err, b)
	var i8 int8
	n, err = fmt.Scanf("%c", &i8)
	fmt.Printf("%d %v %d\n", n, err, i8)
	var rest string
	n, err = fmt.Scanln(&rest)
	fmt.Printf("%d %v %q\n", n, err, rest)
}
