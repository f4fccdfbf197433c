package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8)
	fmt.Println(math.MaxInt16, math.MinInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint32)
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(uint64(math.MaxUint64))
	fmt.Println(math.MaxInt, math.MinInt)
	var a int64 = math.MaxInt64
	a++
	fmt.Println(a == math.MinInt64)
	var b int = math.MinInt
	fmt.Println(b-1 == math.MaxInt)
}
