package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func main() {
	for _, v := range []uint64{0, 1, 255, 1<<63 | 1, 0xDEADBEEF} {
		fmt.Println(v, popcount(v))
	}
	for _, v := range []uint8{1, 2, 0x0F, 0xA5, 0x80} {
		fmt.Printf("%08b -> %08b\n", v, reverseBits(v))
	}
	x := 0b1100
	fmt.Println(x&-x, x&(x-1))
	var set uint32
	for _, b := range []int{1, 3, 5, 31} {
		set |= 1 << b
	}
	fmt.Println(set)
	set &^= 1 << 3
	fmt.Println(set, set&(1<<5) != 0, set&(1<<3) != 0)
}
