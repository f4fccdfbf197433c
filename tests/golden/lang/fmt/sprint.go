package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(1, "x", 2))
	fmt.Println(fmt.Sprint(T{1}, T{2}, "s", T{3}))
	fmt.Println(fmt.Sprint(nil, nil, 1))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Println(fmt.Sprint(1.5, 2.5))
	fmt.Println(fmt.Sprint('a', 'b'))
	fmt.Println(fmt.Sprint(err1{}, err1{}))
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, 2, "b"))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(1, "\n", 2, "\n")
	fmt.Println("a", "b", 1, 2)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Print("xyz\n")
	fmt.Println(n)
	n, _ = fmt.Printf("%d-%s\n", 12, "ab")
	fmt.Println(n)
}

type err1 struct{}

func (err1) Error() string { return "E" }
