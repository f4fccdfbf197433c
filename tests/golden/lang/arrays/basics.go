package main

import "fmt"

func main() {
	var a [5]int
	fmt.Println(a, len(a))
	a[2] = 7
	a[4] = a[2] * 2
	fmt.Println(a)
	b := [3]string{"x", "y"}
	fmt.Printf("%q %d\n", b, len(b))
	c := [...]int{1, 2, 3, 4}
	fmt.Println(c, len(c))
	d := [...]string{2: "two", 5: "five", "six"}
	fmt.Printf("%q %d\n", d, len(d))
	var e [2][3]int
	e[1][2] = 9
	e[0][0] = 1
	fmt.Println(e, len(e), len(e[0]))
	f := [2]bool{true}
	fmt.Println(f)
	var g [0]int
	fmt.Println(g, len(g))
	for i, v := range c {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	fmt.Printf("%v %+v %#v %T\n", c, c, c, c)
}
