package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1 != nil)
	fmt.Printf("%T %v\n", e1, e1 == (*MyErr)(nil))
	e2 := correct(false)
	fmt.Println(e2 == nil)
	e3 := correct(true)
	fmt.Println(e3, e3 != nil)
	var p *int
	var i interface{} = p
	fmt.Println(p == nil, i == nil, i)
	var j interface{}
	fmt.Println(j == nil, j)
	fmt.Printf("%v %T\n", j, j)
	var err error = errors.New("x")
	err = nil
	fmt.Println(err == nil, err)
}
