// go1.22: expected output from gc 1.22 (range over int; gc 1.19 rejects)
package main

import "fmt"

type Count int

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	for i := range n {
		fmt.Print(i*i, " ")
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -3 {
		fmt.Println("never", i)
	}
	var c Count = 3
	for i := range c {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	var u8 uint8 = 4
	for i := range u8 {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	total := 0
	for i := range 101 {
		total += i
	}
	fmt.Println(total)
	m := 4
	for i := range m {
		m = 100
		fmt.Print(i)
	}
	fmt.Println(" m =", m)
	var k int
	for k = range 3 {
	}
	fmt.Println(k)
	const N = 2
	for i := range N {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
}
