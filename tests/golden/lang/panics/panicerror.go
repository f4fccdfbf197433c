package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
}

func (v ValidationError) Error() string { return "invalid " + v.Field }

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func validate(name string) {
	if name == "" {
		panic(ValidationError{"name"})
	}
}

func run(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = x
			default:
				err = fmt.Errorf("%v", x)
			}
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(run(func() { fmt.Println(mustAtoi("12")) }))
	fmt.Println(run(func() { mustAtoi("zz") }))
	err := run(func() { validate("") })
	var ve ValidationError
	fmt.Println(err, errors.As(err, &ve), ve.Field)
	fmt.Println(run(func() { panic(fmt.Errorf("wrapped: %w", errors.New("root"))) }))
	fmt.Println(run(func() { panic(3.5) }))
}
