package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(math.MaxInt64), strconv.Itoa(math.MinInt64))
	for _, b := range []int{2, 8, 10, 16, 36} {
		fmt.Println(strconv.FormatInt(-255, b), strconv.FormatUint(math.MaxUint64, b))
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e-7, 123456789, 0.1 + 0.2, math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64, 100, 2.5, 1.0 / 3}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'g', -1, 64),
			strconv.FormatFloat(v, 'G', 4, 64), strconv.FormatFloat(v, 'f', 2, 32), strconv.FormatFloat(v, 'b', -1, 64), strconv.FormatFloat(v, 'x', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(1.5, 'z', 2, 64))
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\"x")
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 2.75, 'f', 1, 64)
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendUint(b, 7, 2)
	fmt.Println(string(b))
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatInt(1, 40)
}
