// Fscan on files: the file offset after each call is where one-byte reads leave it.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	f, err := os.CreateTemp("", "fscan")
	if err != nil {
		panic(err)
	}
	defer os.Remove(f.Name())
	fmt.Fprint(f, "1 2 3\n4.5 five\nsix 7 8\n9")
	f.Seek(0, io.SeekStart)
	var a, b, c int
	n, err := fmt.Fscan(f, &a, &b)
	pos, _ := f.Seek(0, io.SeekCurrent)
	fmt.Println(n, err, a, b, "offset", pos)
	n, err = fmt.Fscanln(f, &c)
	pos, _ = f.Seek(0, io.SeekCurrent)
	fmt.Println(n, err, c, "offset", pos)
	var x float64
	var w string
	n, err = fmt.Fscanf(f, "%g %s\n", &x, &w)
	pos, _ = f.Seek(0, io.SeekCurrent)
	fmt.Println(n, err, x, w, "offset", pos)
	n, err = fmt.Fscan(f, &a)
	pos, _ = f.Seek(0, io.SeekCurrent)
	fmt.Println(n, err, "offset", pos)
	f.Seek(-3, io.SeekEnd)
	n, err = fmt.Fscan(f, &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Fscan(f, &a)
	fmt.Println(n, err)
	f.Seek(2, io.SeekStart)
	n, err = fmt.Fscan(f, &a)
	fmt.Println(n, err, a)
	k, _ := f.Read(make([]byte, 1))
	fmt.Println("read after", k)
	f.Close()
	n, err = fmt.Fscan(f, &a)
	fmt.Println(n, err != nil)
	var nf *os.File
	n, err = fmt.Fscan(nf, &a)
	fmt.Println(n, err)
}
