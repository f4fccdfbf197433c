package main

import (
	"fmt"
	"math"
)

const (
	SecondsPerMinute = 60
	SecondsPerHour   = 60 * SecondsPerMinute
	SecondsPerDay    = 24 * SecondsPerHour
)

const greeting = "hello, " + "world"
const glen = len(greeting)
var ch = greeting[0]

func main() {
	fmt.Println(SecondsPerMinute, SecondsPerHour, SecondsPerDay)
	fmt.Println(greeting, glen)
	fmt.Printf("%T %v\n", ch, ch)
	var arr [glen]int
	fmt.Println(len(arr))
	const ratio = 22 / 7.0
	fmt.Println(ratio)
	const intdiv = 22 / 7
	fmt.Println(intdiv, 22%7, -22/7, -22%7)
	fmt.Println(math.Pi, float32(math.Pi))
	const x = 'a' + 1
	fmt.Println(x, string(rune(x)))
	const cmp = "abc" < "abd"
	fmt.Println(cmp)
	const bits = ^uint8(0)
	fmt.Println(bits, ^0, -1<<3)
}
