package main

import (
	"fmt"
	"math"
	"strconv"
)

var seed uint64 = 7

func rnd(n int) int {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return int(seed % uint64(n))
}

var parts = []string{"0", "1", "9", "5", ".", "e", "E", "-", "+", "_", "x", "0x", "p", "i", "n", "f", "inf", "NaN", "b", "o", "a", "F", "7"}

func main() {
	h := 0
	out := func(v ...any) {
		s := fmt.Sprint(v...)
		for i := 0; i < len(s); i++ {
			h = (h*31 + int(s[i])) % 1000000007
		}
	}
	for i := 0; i < 20000; i++ {
		s := ""
		for n := rnd(8); n >= 0; n-- {
			s += parts[rnd(len(parts))]
		}
		f, err := strconv.ParseFloat(s, 64)
		out(f, err)
		f32, err := strconv.ParseFloat(s, 32)
		out(f32, err)
		v, err := strconv.ParseInt(s, 0, 64)
		out(v, err)
		v, err = strconv.ParseInt(s, 16, 32)
		out(v, err)
		u, err := strconv.ParseUint(s, 0, 8)
		out(u, err)
		a, err := strconv.Atoi(s)
		out(a, err)
		bits := uint64(rnd(1<<30))<<34 ^ uint64(rnd(1<<30))<<4 ^ uint64(rnd(16))
		x := math.Float64frombits(bits)
		for _, fm := range []byte{'e', 'f', 'g', 'x', 'b'} {
			out(strconv.FormatFloat(x, fm, -1, 64), strconv.FormatFloat(x, fm, rnd(20)-1, 64), strconv.FormatFloat(x, fm, 3, 32))
		}
	}
	fmt.Println(h)
}
