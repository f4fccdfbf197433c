package main

import "fmt"

func main() {
	var x int64 = 1 << 40
	fmt.Println(int32(x), uint8(x+255))
	s := make([]int, 3)
	idx := int(int8(x + 130))
	fmt.Println(idx)
	fmt.Println(s[idx])
}
