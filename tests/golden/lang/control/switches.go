package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c rune) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "consonant"
}

func main() {
	for _, n := range []int{95, 85, 72, 10} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	for _, c := range "hi you" {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	switch x := 5; x * 2 {
	case 5:
		fmt.Println("five")
	case 10:
		fmt.Println("ten")
	}
	switch {
	}
	n := 0
	switch n {
	default:
		fmt.Println("default first")
	case 1:
		fmt.Println("one")
	}
	s := "go"
	switch s + "lang" {
	case "golang":
		fmt.Println("matched golang")
	}
	evals := 0
	next := func(v int) int { evals++; return v }
	switch 3 {
	case next(1), next(2), next(3), next(4):
		fmt.Println("evals", evals)
	}
	switch x := interface{}(2.0); x {
	case 2:
		fmt.Println("iface 2")
	}
}
