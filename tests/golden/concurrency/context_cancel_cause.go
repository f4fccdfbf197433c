// go1.22: expected output written by hand
// context.WithCancelCause (Go 1.20): Cause reports why; Err stays context.Canceled.
package main

import (
	"context"
	"errors"
	"fmt"
)

var errShutdown = errors.New("server shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	fmt.Println("before:", ctx.Err(), context.Cause(ctx))
	done := make(chan string)
	go func() {
		<-child.Done()
		done <- fmt.Sprint("child sees: ", child.Err(), " / cause: ", context.Cause(child))
	}()
	cancel(errShutdown)
	fmt.Println(<-done)
	fmt.Println("err:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println("is errShutdown:", errors.Is(context.Cause(ctx), errShutdown))
	cancel(errors.New("second cause ignored"))
	fmt.Println("cause after second cancel:", context.Cause(ctx))

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println("nil cause:", context.Cause(ctx2))

	plain, cancel3 := context.WithCancel(context.Background())
	cancel3()
	fmt.Println("plain cancel cause:", context.Cause(plain))
	fmt.Println("background cause:", context.Cause(context.Background()))
}
