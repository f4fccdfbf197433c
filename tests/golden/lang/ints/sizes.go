package main

import "fmt"

func main() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = 2147483647
	var i64 int64 = 9223372036854775807
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	fmt.Println(i8, i16, i32, i64)
	fmt.Println(u8, u16, u32, u64)
	i8++
	i16++
	i32++
	i64++
	u8++
	u16++
	u32++
	u64++
	fmt.Println(i8, i16, i32, i64)
	fmt.Println(u8, u16, u32, u64)
	i8--
	i16--
	i32--
	i64--
	u8--
	u16--
	u32--
	u64--
	fmt.Println(i8, i16, i32, i64)
	fmt.Println(u8, u16, u32, u64)
	var b byte = 'A'
	var r rune = 'é'
	var u uintptr = 42
	var n int = -1
	var un uint = 1
	fmt.Println(b, r, u, n, un)
	fmt.Printf("%T %T %T %T %T\n", b, r, u, n, un)
}
