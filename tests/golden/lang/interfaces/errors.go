// go1.22: expected output from gc 1.22 (errors.Join needs Go 1.20)
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

var ErrBase = errors.New("base error")

func find(name string) error {
	if name == "x" {
		return &NotFound{name}
	}
	if name == "y" {
		return fmt.Errorf("find %q: %w", name, ErrBase)
	}
	return nil
}

func main() {
	for _, n := range []string{"x", "y", "z"} {
		err := find(n)
		fmt.Println(err)
		var nf *NotFound
		fmt.Println(errors.As(err, &nf), errors.Is(err, ErrBase))
		if nf != nil {
			fmt.Println("name:", nf.Name)
		}
	}
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrBase))
	fmt.Println(wrapped, errors.Is(wrapped, ErrBase), errors.Unwrap(wrapped))
	_, err := strconv.Atoi("q")
	fmt.Println(err)
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func, errors.Is(err, strconv.ErrSyntax))
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
	joined := errors.Join(e1, ErrBase)
	fmt.Println(errors.Is(joined, ErrBase))
	fmt.Println(joined)
}
