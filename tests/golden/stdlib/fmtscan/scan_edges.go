package main

import (
	"errors"
	"fmt"
	"strings"
)

type P struct{}

func (p *P) Scan(st fmt.ScanState, verb rune) error {
	panic("user panic")
}

type T struct{ v int }

func main() {
	var x int
	n, err := 0, error(nil)
	fmt.Println(n, err)
	_ = x
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p P
		fmt.Sscan("1", &p)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var ip *int
		fmt.Sscan("1", ip)
	}()
	var t T
	n, err = fmt.Sscan("1", &t)
	fmt.Println(n, err)
	var arr [3]int
	n, err = fmt.Sscan("1", &arr)
	fmt.Println(n, err)
	var e error
	n, err = fmt.Sscan("1", &e)
	fmt.Println(n, err)
	n, err = 0, nil
	fmt.Println(n, err)
	var iface any
	n, err = fmt.Sscan("1", &iface)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d %5d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("12", "%1000000000d", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("12", "%-3d", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("é", "%é", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("abc", "ab%", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("1", "%d%d", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscan("")
	fmt.Println(n, err)
	n, err = fmt.Sscanln("")
	fmt.Println(n, err)
	n, err = fmt.Sscanln("  x")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("", "")
	fmt.Println(n, err)
	n, err = fmt.Fscan(strings.NewReader("7"), &x)
	fmt.Println(n, err, x, errors.Is(err, nil))
	var s1, s2 string
	n, err = fmt.Sscanf("key=value", "%3s=%s", &s1, &s2)
	fmt.Println(n, err, s1, s2)
	n, err = fmt.Sscanf("key=value", "%s=%s", &s1, &s2)
	fmt.Println(n, err, s1, s2)
	n, err = fmt.Sscanf("2024-01-15", "%d-%d-%d", &x, &x, &x)
	fmt.Println(n, err, x)
	var h, m, sec int
	n, err = fmt.Sscanf("12:34:56", "%d:%d:%d", &h, &m, &sec)
	fmt.Println(n, err, h, m, sec)
	n, err = fmt.Sscanf("12:34", "%d:%d:%d", &h, &m, &sec)
	fmt.Println(n, err, h, m, sec)
	var u8 uint8
	n, err = fmt.Sscanf("0x10", "%v", &u8)
	fmt.Println(n, err, u8)
	n, err = fmt.Sscanf("256", "%v", &u8)
	fmt.Println(n, err, u8)
	n, err = fmt.Sscanf("-1", "%d", &u8)
	fmt.Println(n, err, u8)
	var i16 int16
	n, err = fmt.Sscanf("-32769", "%d", &i16)
	fmt.Println(n, err, i16)
	n, err = fmt.Sscanf("7fff", "%x", &i16)
	fmt.Println(n, err, i16)
	n, err = fmt.Sscanf("-8000", "%x", &i16)
	fmt.Println(n, err, i16)
	var uptr uintptr
	n, err = fmt.Sscan("123", &uptr)
	fmt.Println(n, err, uptr)
	var f32 float32
	n, err = fmt.Sscan("0.1", &f32)
	fmt.Println(n, err, f32, float64(f32))
	n, err = fmt.Sscan("16777217", &f32)
	fmt.Println(n, err, f32)
	n, err = fmt.Sscan("1.5p3", &f32)
	fmt.Println(n, err, f32)
	n, err = fmt.Sscan("3.4028236e38", &f32)
	fmt.Println(n, err, f32)
	var f64 float64
	n, err = fmt.Sscan("4.9e-324", &f64)
	fmt.Println(n, err, f64)
	n, err = fmt.Sscan("1e-400", &f64)
	fmt.Println(n, err, f64)
	n, err = fmt.Sscan("0x1p-1074", &f64)
	fmt.Println(n, err, f64)
	n, err = fmt.Sscan("3p-1075", &f64)
	fmt.Println(n, err, f64)
	n, err = fmt.Sscan("1p1024", &f64)
	fmt.Println(n, err, f64)
	n, err = fmt.Sscan("0.75p-1074", &f64)
	fmt.Println(n, err, f64)
	n, err = fmt.Sscan("1_5p1", &f64)
	fmt.Println(n, err, f64)
	n, err = fmt.Sscan("15p1_0", &f64)
	fmt.Println(n, err, f64)
	n, err = fmt.Sscan("0x_1p0", &f64)
	fmt.Println(n, err, f64)
}
