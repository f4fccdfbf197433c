package main

import "fmt"

func main() {
	c := complex(1, 2)
	d := 3 - 4i
	fmt.Println(c, d, c+d, c*d, c/d)
	fmt.Println(real(c), imag(d))
	var c64 complex64 = complex64(c)
	fmt.Printf("%v %T %T\n", c64, c64, c)
	fmt.Printf("%.2f %g\n", c, d)
	fmt.Println(c == complex(1, 2), c != d)
	fmt.Println(1i * 1i)
}
