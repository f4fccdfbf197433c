package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func flush() {
	fmt.Println(trace)
	trace = nil
}

func main() {
	_ = t("a", 1) + t("b", 2)*t("c", 3)
	flush()
	f := func(x, y, z int) int { return x + y + z }
	_ = f(t("x", 1), t("y", 2), t("z", 3))
	flush()
	s := []int{t("s0", 0), t("s1", 1)}
	flush()
	s[t("idx", 0)] = t("val", 5)
	flush()
	m := map[int]int{t("k1", 1): t("v1", 1), t("k2", 2): t("v2", 2)}
	flush()
	_ = m
	a, b := t("A", 1), t("B", 2)
	flush()
	_, _ = a, b
	if t("cond1", 0) == 1 && t("cond2", 1) == 1 {
	}
	flush()
	if t("c1", 1) == 1 || t("c2", 1) == 1 {
	}
	flush()
	arr := [3]int{}
	arr[t("i", 1)], arr[t("j", 2)] = t("v1", 10), t("v2", 20)
	flush()
	fmt.Println(arr, s)
}
