// A goroutine that recovers its own panic reports it and the program carries on.
package main

import (
	"errors"
	"fmt"
)

func safeGo(f func(), errs chan<- error) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Errorf("recovered: %v", r)
				return
			}
			errs <- nil
		}()
		f()
	}()
}

func main() {
	errs := make(chan error)
	safeGo(func() { panic("worker crashed") }, errs)
	fmt.Println(<-errs)
	safeGo(func() {}, errs)
	fmt.Println(<-errs)
	safeGo(func() {
		var p *struct{ x int }
		fmt.Println(p.x)
	}, errs)
	err := <-errs
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err) == nil)
	fmt.Println("main still running")
}
