package main

import "fmt"

func main() {
	vals := []int{0, 7, -7, 255, -255, 1 << 40}
	for _, v := range vals {
		fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%08b\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%c|%c|%c|%U|%#U|%q\n", 65, 0x4e16, 128512, 0x1F600, 'x', 0x263A)
	fmt.Printf("%v %v %v %v\n", int8(-1), uint8(255), uint64(1<<63), uintptr(10))
	fmt.Printf("%x %X %x\n", uint8(10), int16(-1), uint64(0xdeadbeef))
	fmt.Printf("%6.3d|%-6.3d|%.0d|%.0d|\n", 7, 7, 0, 1)
	fmt.Printf("%+.3d|% 05d|%-+5d|\n", 5, 42, 3)
	fmt.Printf("%#b %#o %#X\n", 5, 8, 255)
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
}
