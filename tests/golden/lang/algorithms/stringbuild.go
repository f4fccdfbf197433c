package main

import (
	"fmt"
	"strconv"
	"strings"
)

func fizzbuzz(n int) string {
	var sb strings.Builder
	for i := 1; i <= n; i++ {
		switch {
		case i%15 == 0:
			sb.WriteString("FizzBuzz")
		case i%3 == 0:
			sb.WriteString("Fizz")
		case i%5 == 0:
			sb.WriteString("Buzz")
		default:
			sb.WriteString(strconv.Itoa(i))
		}
		if i < n {
			sb.WriteByte(',')
		}
	}
	return sb.String()
}

func rle(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		sb.WriteString(strconv.Itoa(j - i))
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

func toRoman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}

func main() {
	fmt.Println(fizzbuzz(20))
	fmt.Println(rle("aaabccddddé"), rle(""))
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		fmt.Print(toRoman(n), " ")
	}
	fmt.Println()
	s := ""
	for i := 0; i < 1000; i++ {
		s += "x"
	}
	fmt.Println(len(s))
}
