package main

import "fmt"

const third = 1.0 / 3
const huge = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(third, third*3 == 1)
	fmt.Println(huge)
	var f32 float32 = third
	fmt.Println(f32)
	const exact = 0.1 + 0.2
	fmt.Println(exact == 0.3, exact)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3)
	const c = 5 / 2
	const d = 5.0 / 2
	fmt.Println(c, d)
	var e float64 = 5 / 2
	fmt.Println(e)
	fmt.Printf("%T %T\n", third, 'x'*1.5)
}
