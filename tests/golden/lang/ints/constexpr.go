package main

import "fmt"

const Big = 1 << 62

func main() {
	x := 2
	fmt.Println(Big * x)
	fmt.Println(Big*2 - 1 + Big*2 - Big*3)
	var y int32 = 1 << 30
	fmt.Println(y * 2)
	var z uint8 = 200
	fmt.Println(z + 100)
	const c = 255
	var w uint8 = c
	w += 1
	fmt.Println(w)
	fmt.Println(uint8(c) + uint8(x))
	var m int64 = 1 << 62
	fmt.Println(m*4, m*2)
	const h = 1 << 100
	fmt.Println(h>>90, h/(1<<95))
	fmt.Println(Big/x, Big%7)
}
