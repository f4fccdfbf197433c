package main

import (
	"errors"
	"fmt"
)

type SliceErr struct{ parts []string }

func (e SliceErr) Error() string { return fmt.Sprint(e.parts) }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	a := SliceErr{[]string{"x"}}
	var err error = a
	fmt.Println(errors.Is(err, err))
	w := fmt.Errorf("wrap: %w", &MyErr{3})
	var me *MyErr
	fmt.Println(errors.As(w, &me), me.code)
	func() {
		defer func() { fmt.Println(recover()) }()
		errors.As(w, me)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var s string
		errors.As(w, &s)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		errors.As(w, nil)
	}()
	var target interface{ Error() string }
	fmt.Println(errors.As(w, &target), target)
	j := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Println(j, errors.Join(nil, nil) == nil)
	fmt.Println(errors.Is(j, errors.ErrUnsupported), errors.Unwrap(w) != nil)
}
