package main

import "fmt"

const big = 1 << 100
const huge = big * big
const small = huge >> 195

const (
	e  = 2.71828182845904523536028747135266249775724709369995957496696763
	pi = 3.14159265358979323846264338327950288419716939937510582097494459
)

func main() {
	fmt.Println(big >> 98)
	fmt.Println(small)
	fmt.Println(huge / big / big)
	fmt.Println(big / (1 << 90))
	fmt.Println(e*pi, pi/e)
	const f = 1e400 / 1e399
	fmt.Println(f)
	const g = 1 << 62 * 4 / 8
	fmt.Println(g)
	var x uint64 = big >> 37
	fmt.Println(x)
	const maxU = 1<<64 - 1
	var y uint64 = maxU
	fmt.Println(y, maxU>>32)
	const neg = -big
	fmt.Println(neg / big, neg >> 99)
}
