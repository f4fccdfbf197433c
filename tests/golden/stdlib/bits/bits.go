package main

import (
	"fmt"
	"math/bits"
)

func main() {
	vals := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x1234, 0x8000_0000, 0xdead_beef_cafe_babe, ^uint64(0), 1 << 63}
	for _, v := range vals {
		fmt.Println(v, bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.OnesCount64(v), bits.Len64(v), bits.Reverse64(v), bits.ReverseBytes64(v), bits.RotateLeft64(v, 5), bits.RotateLeft64(v, -3))
		fmt.Println(bits.LeadingZeros32(uint32(v)), bits.TrailingZeros32(uint32(v)), bits.OnesCount32(uint32(v)), bits.Len32(uint32(v)), bits.Reverse32(uint32(v)), bits.ReverseBytes32(uint32(v)), bits.RotateLeft32(uint32(v), 7))
		fmt.Println(bits.LeadingZeros16(uint16(v)), bits.TrailingZeros16(uint16(v)), bits.OnesCount16(uint16(v)), bits.Len16(uint16(v)), bits.Reverse16(uint16(v)), bits.ReverseBytes16(uint16(v)), bits.RotateLeft16(uint16(v), -1))
		fmt.Println(bits.LeadingZeros8(uint8(v)), bits.TrailingZeros8(uint8(v)), bits.OnesCount8(uint8(v)), bits.Len8(uint8(v)), bits.Reverse8(uint8(v)), bits.RotateLeft8(uint8(v), 3))
		fmt.Println(bits.LeadingZeros(uint(v)), bits.TrailingZeros(uint(v)), bits.OnesCount(uint(v)), bits.Len(uint(v)), bits.Reverse(uint(v)), bits.ReverseBytes(uint(v)), bits.RotateLeft(uint(v), 1))
	}
	s, c := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(s, c)
	s32, c32 := bits.Add32(0xffffffff, 1, 1)
	fmt.Println(s32, c32)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	d32, b32 := bits.Sub32(5, 3, 1)
	fmt.Println(d32, b32)
	hi, lo := bits.Mul64(^uint64(0), ^uint64(0))
	fmt.Println(hi, lo)
	h32, l32 := bits.Mul32(0xffffffff, 2)
	fmt.Println(h32, l32)
	q, r := bits.Div64(1, 5, 7)
	fmt.Println(q, r, bits.Rem64(100, 5, 7), bits.Rem32(9, 5, 7))
	q32, r32 := bits.Div32(1, 5, 7)
	fmt.Println(q32, r32, bits.UintSize)
	defer func() { fmt.Println("recovered:", recover()) }()
	bits.Div64(8, 0, 7)
}
