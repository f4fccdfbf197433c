package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type slowReader struct {
	data string
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data[:1])
	r.data = r.data[n:]
	return n, nil
}

type errReader struct{ n int }

func (r *errReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, fmt.Errorf("boom")
	}
	r.n--
	p[0] = '7'
	return 1, nil
}

func main() {
	sr := strings.NewReader("10 20\n30 abc 40")
	for {
		var x int
		n, err := fmt.Fscan(sr, &x)
		fmt.Println("strings.Reader:", n, err, x)
		if err != nil {
			if err == io.EOF {
				break
			}
			var s string
			fmt.Fscan(sr, &s)
			fmt.Println("skipped", s)
		}
	}
	br := bufio.NewReader(strings.NewReader("1 2 3\nfour 5\n"))
	var a, b, c int
	n, err := fmt.Fscanln(br, &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	rest, _ := br.ReadString('\n')
	fmt.Printf("rest %q\n", rest)
	// non-RuneScanner reader: the byte after the token is consumed
	slow := &slowReader{data: "12 34"}
	n, err = fmt.Fscan(slow, &a)
	fmt.Printf("%d %v %d rest=%q\n", n, err, a, slow.data)
	// RuneScanner: not consumed
	sr2 := strings.NewReader("12 34")
	n, err = fmt.Fscan(sr2, &a)
	fmt.Printf("%d %v %d rest=%d\n", n, err, a, sr2.Len())
	var buf bytes.Buffer
	buf.WriteString("3.25 true xyz")
	var f float64
	var t bool
	var s string
	n, err = fmt.Fscan(&buf, &f, &t, &s)
	fmt.Println(n, err, f, t, s)
	n, err = fmt.Fscan(&errReader{3}, &a)
	fmt.Println(n, err, a)
	n, err = fmt.Fscanf(strings.NewReader("age: 42\n"), "age: %d\n", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Fscanln(strings.NewReader(""), &a)
	fmt.Println(n, err)
	n, err = fmt.Fscanln(strings.NewReader("\n"), &a)
	fmt.Println(n, err)
	n, err = fmt.Fscan(strings.NewReader("   \n  "), &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1 2", &a, &b, &c)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2", &a, &b, &c)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2\n3", &a, &b, &c)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1\n\n2\r\n3", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanln("1\r\n", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("1 \r 2", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("\u00a01\u20002\u30003", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscan("-", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("08", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("0b2", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("1__0", &a)
	fmt.Println(n, err, a)
	var u uint
	n, err = fmt.Sscan("-5", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("+5", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("18446744073709551616", &u)
	fmt.Println(n, err, u)
	var f32 float32
	n, err = fmt.Sscan("1e40", &f32)
	fmt.Println(n, err, f32)
	n, err = fmt.Sscan("1e400", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("1.5p", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("1.5p99999999999999999999", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("2p-1074", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("0x1.8p1", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("1_0.5", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan(".5", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("e5", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("infinity", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("Nan", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("na", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("1.5", "%d", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("1.5", "%x", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("true", "%s", &t)
	fmt.Println(n, err, t)
	n, err = fmt.Sscanf("abc", "%d", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("abc", "%c", &s)
	fmt.Println(n, err, s)
	var r rune
	var i8 int8
	n, err = fmt.Sscanf("é", "%c", &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscanf("€", "%c", &r)
	fmt.Println(n, err, r)
	var by byte
	n, err = fmt.Sscanf("A", "%c", &by)
	fmt.Println(n, err, by)
	n, err = fmt.Sscanf("\xff", "%c", &r)
	fmt.Println(n, err, r)
	n, err = fmt.Sscan("\xffabc", &s)
	fmt.Printf("%d %v %q\n", n, err, s)
	n, err = fmt.Sscan("ab\xe2\x82", &s)
	fmt.Printf("%d %v %q\n", n, err, s)
}
