package main

import "fmt"

func main() {
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%v %d\n", []bool{true, false}, []bool{true})
	fmt.Printf("%v %.2f %5.1f\n", []float64{1.5, 2}, []float64{1.5, 2}, []float64{3.14159})
	fmt.Printf("%03d\n", []int{1, 2})
	fmt.Printf("%q\n", []interface{}{"a", 1, 'x'})
	fmt.Printf("%x %X\n", "Hello", []string{"ab", "cd"})
	fmt.Printf("%v\n", [3]bool{})
	fmt.Printf("%s %v\n", error(nil), []error{nil})
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%U %#U\n", '⌘', '⌘')
	fmt.Printf("%08.3f|%-8.3f|%+8.3f\n", -3.14159, 3.14159, 3.14159)
	fmt.Printf("%v %v\n", int64(-1)<<63, ^uint32(0))
	fmt.Printf("%6.2f|%6.2f\n", 1e6, -1e-6)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1000000.0, 0.0001, 0.00001)
	fmt.Printf("%g %G %e\n", float32(0.1), float32(1e20), float32(3.5))
	fmt.Printf("%v %v\n", float32(1e6), float32(123456789))
}
