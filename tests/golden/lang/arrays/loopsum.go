package main

import "fmt"

func main() {
	var sq [10]int
	for i := range sq {
		sq[i] = i * i
	}
	sum := 0
	for _, v := range sq {
		sum += v
	}
	fmt.Println(sq, sum)
	var counts [26]int
	for _, r := range "the quick brown fox jumps over the lazy dog" {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	for i, c := range counts {
		if c > 1 {
			fmt.Printf("%c=%d ", 'a'+i, c)
		}
	}
	fmt.Println()
	rev := [5]int{1, 2, 3, 4, 5}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(rev)
}
