package main

import (
	"fmt"
	"strings"
)

func permute(prefix string, rest []rune, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, prefix)
		return
	}
	for i := range rest {
		next := make([]rune, 0, len(rest)-1)
		next = append(next, rest[:i]...)
		next = append(next, rest[i+1:]...)
		permute(prefix+string(rest[i]), next, out)
	}
}

func nQueens(n, row int, cols []int) int {
	if row == n {
		return 1
	}
	count := 0
	for c := 0; c < n; c++ {
		ok := true
		for r, pc := range cols {
			if pc == c || pc-c == row-r || c-pc == row-r {
				ok = false
				break
			}
		}
		if ok {
			count += nQueens(n, row+1, append(cols, c))
		}
	}
	return count
}

func main() {
	var out []string
	permute("", []rune("abc"), &out)
	fmt.Println(strings.Join(out, " "))
	for n := 1; n <= 8; n++ {
		fmt.Print(nQueens(n, 0, nil), " ")
	}
	fmt.Println()
}
