package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:4]
	fmt.Println(a, len(a), cap(a))
	b := base[2:4:5]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 100)
	fmt.Println(base)
	b = append(b, 200)
	b[0] = -2
	fmt.Println(base, b)
	c := base[:0:0]
	c = append(c, 9)
	fmt.Println(base[0], c)
	arr := [5]string{"a", "b", "c", "d", "e"}
	d := arr[1:3:3]
	fmt.Println(d, len(d), cap(d))
	e := a[0:5]
	fmt.Println(e, len(e), cap(e))
	f := base[3:]
	fmt.Println(f[:cap(f)])
}
