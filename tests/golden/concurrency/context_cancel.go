// context.WithCancel: cancel closes Done, Err becomes context.Canceled; cancel is idempotent.
package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("err before:", ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("impossible")
	default:
		fmt.Println("not done yet")
	}
	stopped := make(chan string)
	go func() {
		<-ctx.Done()
		stopped <- "worker saw: " + ctx.Err().Error()
	}()
	cancel()
	fmt.Println(<-stopped)
	fmt.Println("err after:", ctx.Err())
	fmt.Println("is Canceled:", errors.Is(ctx.Err(), context.Canceled))
	fmt.Println("is DeadlineExceeded:", errors.Is(ctx.Err(), context.DeadlineExceeded))
	cancel() // a second call does nothing
	fmt.Println("err after second cancel:", ctx.Err())
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)
}
