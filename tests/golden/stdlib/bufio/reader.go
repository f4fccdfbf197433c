package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	name, err := in.ReadString('\n')
	fmt.Printf("%q %v\n", name, err)
	line, _ := in.ReadString('\n')
	f := strings.Fields(line)
	a, _ := strconv.Atoi(f[0])
	b, _ := strconv.Atoi(f[1])
	fmt.Println("sum:", a+b)
	r, size, err := in.ReadRune()
	fmt.Println(string(r), size, err, in.UnreadRune(), in.UnreadRune())
	c, _ := in.ReadByte()
	fmt.Println(c, in.UnreadByte())
	l, isPrefix, err := in.ReadLine()
	fmt.Printf("%q %v %v\n", l, isPrefix, err)
	p, err := in.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, in.Buffered())
	bs, err := in.ReadBytes('!')
	fmt.Printf("%q %v\n", bs, err)
	rest, err := in.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	rest, err = in.ReadString('\n')
	fmt.Printf("%q %v %v\n", rest, err, err == io.EOF)

	small := bufio.NewReaderSize(strings.NewReader("abcdefghijklmnopqrstuvwxyz0123456789\n"), 16)
	fmt.Println(small.Size())
	sl, err := small.ReadSlice('\n')
	fmt.Printf("%q %v\n", sl, err)
	l, isPrefix, err = small.ReadLine()
	fmt.Printf("%q %v %v\n", l, isPrefix, err)
	d, err := small.Discard(5)
	fmt.Println(d, err)
	all, err := io.ReadAll(small)
	fmt.Printf("%q %v\n", all, err)

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 42)
	w.WriteString("more ")
	w.WriteByte('x')
	w.WriteRune('é')
	w.Write([]byte("\n"))
	fmt.Println("printed before flush:", w.Buffered(), w.Available(), w.Size())
	w.Flush()
	var sb strings.Builder
	bw := bufio.NewWriterSize(&sb, 4)
	bw.WriteString("hello world")
	fmt.Printf("%q %d\n", sb.String(), bw.Buffered())
	bw.Flush()
	fmt.Printf("%q\n", sb.String())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw line\n")), bufio.NewWriter(os.Stdout))
	s, _ := rw.ReadString('\n')
	rw.WriteString("rw got: " + s)
	rw.Flush()
}
