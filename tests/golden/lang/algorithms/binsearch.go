package main

import "fmt"

func search(a []int, x int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == x:
			return mid
		case a[mid] < x:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -(lo + 1)
}

func isqrt(n int) int {
	lo, hi := 0, n
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if mid*mid <= n {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	a := []int{1, 3, 5, 7, 9, 11, 13}
	for _, x := range []int{1, 7, 13, 0, 8, 14} {
		fmt.Print(search(a, x), " ")
	}
	fmt.Println()
	for _, n := range []int{0, 1, 15, 16, 17, 1000000, 999999999999} {
		fmt.Print(isqrt(n), " ")
	}
	fmt.Println()
}
