package main

import "fmt"

type MyInt int
type MyU8 uint8
type MyStr string
type MyF float32
type MyBytes []byte
type MyBool bool

func main() {
	inputs := []string{
		"42", "-17", "+5", "0x1F", "0b101", "0o17", "017", "1_000", "abc", "", "   ", "\n",
		"99999999999999999999", "-9223372036854775808", "300", "-129", "3.14", "1e3", "0x1p-2",
		"1.5p3", "nan", "-Inf", "+inf", "true", "FALSE", "T", "f", "tru", "yes", "1", "0",
		"hello world", "é€x", "\"quoted\"", "x\xffy", "7 8",
	}
	for _, in := range inputs {
		var i int
		var i8 int8
		var u8 uint8
		var u uint
		var i64 int64
		var u16 uint16
		var r rune
		var f64 float64
		var f32 float32
		var s string
		var bs []byte
		var b bool
		var mi MyInt
		var mu MyU8
		var ms MyStr
		var mf MyF
		var mb MyBytes
		var mbo MyBool
		n, err := fmt.Sscan(in, &i)
		fmt.Printf("%q int: %d %v %d\n", in, n, err, i)
		n, err = fmt.Sscan(in, &i8)
		fmt.Printf("%q int8: %d %v %d\n", in, n, err, i8)
		n, err = fmt.Sscan(in, &u8)
		fmt.Printf("%q uint8: %d %v %d\n", in, n, err, u8)
		n, err = fmt.Sscan(in, &u)
		fmt.Printf("%q uint: %d %v %d\n", in, n, err, u)
		n, err = fmt.Sscan(in, &i64)
		fmt.Printf("%q int64: %d %v %d\n", in, n, err, i64)
		n, err = fmt.Sscan(in, &u16)
		fmt.Printf("%q uint16: %d %v %d\n", in, n, err, u16)
		n, err = fmt.Sscan(in, &r)
		fmt.Printf("%q rune: %d %v %d\n", in, n, err, r)
		n, err = fmt.Sscan(in, &f64)
		fmt.Printf("%q float64: %d %v %v\n", in, n, err, f64)
		n, err = fmt.Sscan(in, &f32)
		fmt.Printf("%q float32: %d %v %v\n", in, n, err, f32)
		n, err = fmt.Sscan(in, &s)
		fmt.Printf("%q string: %d %v %q\n", in, n, err, s)
		n, err = fmt.Sscan(in, &bs)
		fmt.Printf("%q bytes: %d %v %q %v\n", in, n, err, bs, bs == nil)
		n, err = fmt.Sscan(in, &b)
		fmt.Printf("%q bool: %d %v %v\n", in, n, err, b)
		n, err = fmt.Sscan(in, &mi)
		fmt.Printf("%q MyInt: %d %v %d\n", in, n, err, mi)
		n, err = fmt.Sscan(in, &mu)
		fmt.Printf("%q MyU8: %d %v %d\n", in, n, err, mu)
		n, err = fmt.Sscan(in, &ms)
		fmt.Printf("%q MyStr: %d %v %q\n", in, n, err, ms)
		n, err = fmt.Sscan(in, &mf)
		fmt.Printf("%q MyF: %d %v %v\n", in, n, err, mf)
		n, err = fmt.Sscan(in, &mb)
		fmt.Printf("%q MyBytes: %d %v %q\n", in, n, err, mb)
		n, err = fmt.Sscan(in, &mbo)
		fmt.Printf("%q MyBool: %d %v %v\n", in, n, err, mbo)
	}
	var x int
	var p *int
	var arr []int
	var mp map[string]int
	n, err := fmt.Sscan("5", x)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", &arr)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", &mp)
	fmt.Println(n, err)
	var pmi *MyInt
	n, err = fmt.Sscan("5", pmi)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", "str")
	fmt.Println(n, err)
}
