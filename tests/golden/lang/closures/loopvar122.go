// go1.22: expected output from gc 1.22 (per-iteration loop variables; gc 1.19 prints otherwise)
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		hs = append(hs, func() int { return i })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	var ks []func() int
	for k, v := range map[int]int{7: 70} {
		ks = append(ks, func() int { return k + v })
	}
	fmt.Println(ks[0]())
	var mod []func()
	for i := 0; i < 3; i++ {
		mod = append(mod, func() { i += 10; fmt.Print(i, " ") })
	}
	for _, m := range mod {
		m()
		m()
	}
	fmt.Println()
}
