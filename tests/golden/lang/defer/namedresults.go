package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func counter() (i int) {
	defer func() { i++ }()
	return 10
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("inner")
}

func noErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return nil
}

func multi() (a, b int) {
	defer func() { a, b = b, a }()
	return 1, 2
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func main() {
	fmt.Println(double(), counter())
	fmt.Println(wrapErr(), noErr())
	fmt.Println(multi())
	fmt.Println(unnamed())
}
