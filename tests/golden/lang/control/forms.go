package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	j := 10
	for j > 7 {
		j--
	}
	fmt.Println(j)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	sum := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println(sum)
	var i int
	for i = 0; i < 5; i++ {
	}
	fmt.Println(i)
	n := 0
	for ; n < 3; {
		n++
	}
	fmt.Println(n)
	for x := range []string{"a", "b"} {
		fmt.Print(x)
	}
	fmt.Println()
	for range [3]int{} {
		fmt.Print("*")
	}
	fmt.Println()
	for i := 5; i > 0; i -= 2 {
		fmt.Print(i)
	}
	fmt.Println()
}
