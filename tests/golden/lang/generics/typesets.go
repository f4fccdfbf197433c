package main

import (
	"fmt"
	"strconv"
)

type Stringish interface {
	~string | ~[]byte
}

func Len[T Stringish](s T) int { return len(s) }

type Shower interface {
	Show() string
}

type ShowInt int

func (s ShowInt) Show() string { return "#" + strconv.Itoa(int(s)) }

type ShowerInt interface {
	~int
	Show() string
}

func ShowAll[T ShowerInt](xs []T) (string, int) {
	out := ""
	total := 0
	for _, x := range xs {
		out += x.Show()
		total += int(x)
	}
	return out, total
}

func Describe[T fmt.Stringer](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.String())
	}
	return out
}

type Color int

func (c Color) String() string { return [...]string{"R", "G", "B"}[c] }

func main() {
	fmt.Println(Len("héllo"), Len([]byte{1, 2}))
	type MyStr string
	fmt.Println(Len(MyStr("abc")))
	fmt.Println(ShowAll([]ShowInt{1, 2, 3}))
	fmt.Println(Describe([]Color{2, 0, 1}))
}
