package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

func main() {
	var x int
	var u uint8
	var f float64
	var s string
	_, err := fmt.Sscan("99999999999999999999", &x)
	fmt.Printf("%T %v %v %v\n", err, err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("NumError:", ne.Func, ne.Num, ne.Err)
	}
	_, err = fmt.Sscan("0x", &x)
	fmt.Printf("%T %v %v\n", err, err, errors.Is(err, strconv.ErrSyntax))
	_, err = fmt.Sscan("1e999", &f)
	fmt.Printf("%T %v %v\n", err, err, errors.Is(err, strconv.ErrRange))
	_, err = fmt.Sscan("1.5p", &f)
	fmt.Printf("%T %v %q\n", err, err, err.(*strconv.NumError).Num)
	_, err = fmt.Sscan("-1", &u)
	fmt.Printf("%T %v\n", err, err)
	_, err = fmt.Sscan("999", &u)
	fmt.Printf("%T %v\n", err, err)
	_, err = fmt.Sscanf(`"\z"`, "%q", &s)
	fmt.Printf("%T %v %v\n", err, err, err == strconv.ErrSyntax)
	_, err = fmt.Sscan("", &x)
	fmt.Printf("%T %v %v\n", err, err, err == io.EOF)
	_, err = fmt.Sscan("abc", &x)
	fmt.Printf("%T %v\n", err, err)
	_, err = fmt.Sscanf("\"abc", "%q", &s)
	fmt.Printf("%T %v %v\n", err, err, err == io.ErrUnexpectedEOF)
	n, _ := strconv.Atoi("12")
	fmt.Println(n)
}
