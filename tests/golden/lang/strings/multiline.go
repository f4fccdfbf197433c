package main

import (
	"fmt"
	"strings"
)

const text = `line one
line two

line four	with tab`

func main() {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%d:%q:%d\n", i, l, len(l))
	}
	fmt.Println(strings.Count(text, "line"))
	fmt.Println(strings.ToUpper(lines[0][:4]))
}
