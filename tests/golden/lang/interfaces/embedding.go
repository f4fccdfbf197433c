package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func use(rw ReadWriter) {
	rw.Write("hello")
	rw.Write("world")
	var r Reader = rw
	fmt.Println(r.Read())
	w := rw.(Writer)
	fmt.Println(w.Write("!"))
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
}

func main() {
	b := &Buffer{}
	use(b)
	var r Reader = b
	_, isW := r.(Writer)
	_, isRW := r.(ReadWriter)
	fmt.Println(isW, isRW)
}
