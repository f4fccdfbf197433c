// sync.Pool: New on empty, Put then Get, nil without New, Put(nil) ignored.
package main

import (
	"fmt"
	"sync"
)

type buf struct{ data []byte }

func main() {
	made := 0
	p := sync.Pool{New: func() any { made++; return &buf{make([]byte, 0, 64)} }}
	b := p.Get().(*buf)
	fmt.Println("made:", made, cap(b.data))
	b.data = append(b.data, "hello"...)
	p.Put(b)
	b2 := p.Get().(*buf)
	fmt.Println("same object back:", b2 == b, string(b2.data), "made:", made)
	var empty sync.Pool
	fmt.Println(empty.Get())
	empty.Put(nil)
	fmt.Println(empty.Get())
	empty.Put("x")
	fmt.Println(empty.Get(), empty.Get())
}
