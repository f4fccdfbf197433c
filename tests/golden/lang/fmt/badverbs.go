package main

import "fmt"

type S struct{ A int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "x", 3.5)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n")
	fmt.Printf("100%\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", true)
	fmt.Printf("%d\n", S{1})
	fmt.Printf("%s\n", S{2})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%[2]d %[1]d\n", 10, 20)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%.*d|%*d|%-*d|\n", 3, 7, 5, 8, 4, 9)
	fmt.Printf("%*d\n", "x", 5)
	fmt.Printf("%c\n", "str")
	fmt.Printf("%e\n", 5)
	fmt.Printf("%v %v\n", 1)
	s := fmt.Sprintf("%d%%", 50)
	fmt.Println(s)
	fmt.Printf("%.2f\n", 3)
	fmt.Printf("%q\n", 3.5)
}
