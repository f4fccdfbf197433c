// context.WithTimeout: an operation blocked forever is abandoned after the timeout.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOperation(ctx context.Context, never <-chan int) (int, error) {
	select {
	case v := <-never:
		return v, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	v, err := slowOperation(ctx, make(chan int))
	fmt.Println(v, err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))
	fmt.Println("canceled:", errors.Is(err, context.Canceled))
	fmt.Printf("%v\n", context.DeadlineExceeded)

	// A fast operation finishes before its timeout; cancel afterwards gives Canceled.
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	ready := make(chan int, 1)
	ready <- 42
	v, err = slowOperation(ctx2, ready)
	fmt.Println(v, err)
	cancel2()
	fmt.Println("after cancel:", ctx2.Err())

	// A zero timeout is already expired.
	ctx3, cancel3 := context.WithTimeout(context.Background(), 0)
	defer cancel3()
	<-ctx3.Done()
	fmt.Println("zero timeout:", ctx3.Err())
}
