package main

import (
	"fmt"
	"strings"
)

func pyramid(n int) string {
	var sb strings.Builder
	for i := 1; i <= n; i++ {
		sb.WriteString(strings.Repeat(" ", n-i))
		sb.WriteString(strings.Repeat("*", 2*i-1))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	s = strings.ToLower(s)
	var clean []rune
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	fmt.Print(pyramid(4))
	fmt.Println(reverse("Hello, 世界"))
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "", "Was it a car or a cat I saw"} {
		fmt.Println(isPalindrome(s))
	}
}
