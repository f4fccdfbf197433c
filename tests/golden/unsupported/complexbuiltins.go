package main

import "fmt"

func main() {
	c := complex(3, 4)
	fmt.Println(real(c), imag(c))
	var c64 complex64 = complex(float32(1), float32(2))
	fmt.Printf("%T %v %T\n", c64, c64, real(c64))
	const k = complex(1, 0)
	fmt.Println(k == 1, real(k))
	x := 2.0
	fmt.Println(complex(x, -x))
}
