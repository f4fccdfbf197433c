package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap())
	for i := 0; i < 5; i++ {
		b.WriteString("ab")
		b.WriteByte('-')
	}
	n, err := b.WriteRune('世')
	fmt.Println(n, err)
	n, err = b.Write([]byte("xyz"))
	fmt.Println(n, err, b.Len(), b.String())
	s1 := b.String()
	b.WriteString("more")
	fmt.Println(s1, b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	fmt.Fprintf(&b, "%d-%s", 42, "x")
	fmt.Println(b.String())

	r := strings.NewReader("héllo, reader")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	r.Reset("añb")
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(string(ch), size)
	}
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	by, err := r.ReadByte()
	fmt.Println(by, err, r.UnreadByte())
	pos, err := r.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	_, err = r.Seek(-10, io.SeekStart)
	fmt.Println(err)
	r.Reset("to stdout\n")
	wn, err := r.WriteTo(os.Stdout)
	fmt.Println(wn, err)
	p := make([]byte, 3)
	n, err = strings.NewReader("abcdef").ReadAt(p, 4)
	fmt.Println(n, err, string(p[:n]))
	data, _ := io.ReadAll(strings.NewReader(strings.Repeat("z", 1000)))
	fmt.Println(len(data))

	defer func() { fmt.Println("recovered:", recover()) }()
	var a strings.Builder
	a.WriteString("x")
	c := a
	c.WriteString("y")
}
