package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Point struct{ X, Y int }

func (p *Point) Scan(state fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(state, "(%d,%d)", &p.X, &p.Y)
	return err
}

type Word string

func (w *Word) Scan(state fmt.ScanState, verb rune) error {
	wid, ok := state.Width()
	tok, err := state.Token(true, func(r rune) bool { return r >= 'a' && r <= 'z' })
	if err != nil {
		return err
	}
	*w = Word(fmt.Sprintf("%s[%c %d %v]", tok, verb, wid, ok))
	return nil
}

type Runes []rune

func (rs *Runes) Scan(state fmt.ScanState, verb rune) error {
	state.SkipSpace()
	for {
		r, size, err := state.ReadRune()
		if err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
		if r == ';' {
			state.UnreadRune()
			return nil
		}
		_ = size
		*rs = append(*rs, r)
	}
}

type Fail struct{}

func (f *Fail) Scan(state fmt.ScanState, verb rune) error {
	return errors.New("fail scanner")
}

type EOFer struct{}

func (f *EOFer) Scan(state fmt.ScanState, verb rune) error {
	return io.EOF
}

type Reader struct{}

func (f *Reader) Scan(state fmt.ScanState, verb rune) error {
	var b [4]byte
	n, err := state.Read(b[:])
	fmt.Println("Read:", n, err)
	return nil
}

func main() {
	var p, q Point
	n, err := fmt.Sscan("(1,2) (3,4)", &p, &q)
	fmt.Println(n, err, p, q)
	n, err = fmt.Sscan("(1,2) (3 4)", &p, &q)
	fmt.Println(n, err, p, q)
	var w1, w2 Word
	n, err = fmt.Sscanf("hello world", "%5v %3s", &w1, &w2)
	fmt.Println(n, err, w1, w2)
	n, err = fmt.Sscan("abc123", &w1)
	fmt.Println(n, err, w1)
	var rs Runes
	var s string
	n, err = fmt.Sscan("  héllo;rest", &rs, &s)
	fmt.Println(n, err, string(rs), s)
	rs = nil
	n, err = fmt.Sscanln("ab\ncd", &rs)
	fmt.Println(n, err, string(rs))
	var f Fail
	n, err = fmt.Sscan("x", &f)
	fmt.Println(n, err)
	var e EOFer
	n, err = fmt.Sscan("x", &e)
	fmt.Println(n, err)
	var rd Reader
	n, err = fmt.Sscan("x", &rd)
	fmt.Println(n, err)
	var ws [3]Word
	n, err = fmt.Fscan(strings.NewReader("one two three"), &ws[0], &ws[1], &ws[2])
	fmt.Println(n, err, ws)
	n, err = fmt.Sscanf("abcdef", "%3v%v", &w1, &w2)
	fmt.Println(n, err, w1, w2)
}
