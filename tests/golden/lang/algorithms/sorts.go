package main

import "fmt"

func bubble(a []int) []int {
	a = append([]int(nil), a...)
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
			}
		}
	}
	return a
}

func quick(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	pivot := a[len(a)/2]
	var less, equal, greater []int
	for _, v := range a {
		switch {
		case v < pivot:
			less = append(less, v)
		case v == pivot:
			equal = append(equal, v)
		default:
			greater = append(greater, v)
		}
	}
	out := append(quick(less), equal...)
	return append(out, quick(greater)...)
}

func merge(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := merge(a[:m]), merge(a[m:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func heapSort(a []int) []int {
	a = append([]int(nil), a...)
	n := len(a)
	sift := func(i, n int) {
		for {
			l := 2*i + 1
			if l >= n {
				return
			}
			big := l
			if r := l + 1; r < n && a[r] > a[l] {
				big = r
			}
			if a[i] >= a[big] {
				return
			}
			a[i], a[big] = a[big], a[i]
			i = big
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end)
	}
	return a
}

func main() {
	data := []int{38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 100, 27}
	fmt.Println(bubble(data))
	fmt.Println(quick(data))
	fmt.Println(merge(data))
	fmt.Println(heapSort(data))
	fmt.Println(data)
	seed := uint32(12345)
	big := make([]int, 2000)
	for i := range big {
		seed = seed*1103515245 + 12345
		big[i] = int(seed>>16) % 1000
	}
	s1, s2 := merge(big), heapSort(big)
	same := true
	for i := range s1 {
		if s1[i] != s2[i] {
			same = false
		}
	}
	fmt.Println(same, s1[0], s1[999], s1[1999])
}
