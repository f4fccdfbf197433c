package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello")
	fmt.Println(b.Len(), b.Cap())
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("界\n"))
	fmt.Fprintf(&b, "%d-%s\n", 7, "x")
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())
	for i := 0; i < 10; i++ {
		b.WriteString(strings.Repeat("z", 10))
	}
	fmt.Println(b.Len(), b.Cap())
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	by, err := b.ReadByte()
	fmt.Println(by, err, b.UnreadByte(), b.UnreadByte())
	r, size, err := b.ReadRune()
	fmt.Println(r, size, err, b.UnreadRune(), b.UnreadRune())
	lb, err := b.ReadBytes('-')
	fmt.Printf("%q %v\n", lb, err)
	p := make([]byte, 4)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p[:n]), string(b.Next(3)), b.Len())
	b.Truncate(5)
	fmt.Printf("%q\n", b.String())
	rest, err := b.ReadString('!')
	fmt.Printf("%q %v\n", rest, err)
	n, err = b.Read(p)
	fmt.Println(n, err)
	b.Reset()
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap())
	nb := bytes.NewBufferString("line1\nline2\n")
	nn, _ := nb.WriteTo(os.Stdout)
	fmt.Println(nn, nb.Len())
	var rb bytes.Buffer
	rn, err := rb.ReadFrom(strings.NewReader(strings.Repeat("abc", 300)))
	fmt.Println(rn, err, rb.Len(), rb.Cap())
	data, _ := io.ReadAll(bytes.NewReader([]byte("reader data")))
	fmt.Println(string(data))
	br := bytes.NewReader([]byte("héy"))
	ch, sz, _ := br.ReadRune()
	fmt.Println(string(ch), sz, br.Len(), br.Size())
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())
	big := bytes.NewBuffer(make([]byte, 0, 10))
	for i := 0; i < 5; i++ {
		big.WriteString("0123456789")
		fmt.Print(big.Cap(), " ")
	}
	fmt.Println()
	defer func() { fmt.Println("recovered:", recover()) }()
	b.Truncate(-1)
}
