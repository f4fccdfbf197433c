// context.WithDeadline: Deadline() reports it; a child cannot extend its parent's deadline.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	d := time.Now().Add(20 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), d)
	defer cancel()
	got, ok := ctx.Deadline()
	fmt.Println("deadline set:", ok, "equal:", got.Equal(d))

	child, cancelChild := context.WithTimeout(ctx, time.Hour)
	defer cancelChild()
	cd, _ := child.Deadline()
	fmt.Println("child deadline is the parent's:", cd.Equal(d))

	shorter, cancelShorter := context.WithDeadline(ctx, d.Add(-10*time.Millisecond))
	defer cancelShorter()
	sd, _ := shorter.Deadline()
	fmt.Println("shorter child keeps its own:", sd.Before(d))

	<-child.Done()
	fmt.Println("child err:", child.Err())
	fmt.Println("parent err:", ctx.Err())
	fmt.Println("shorter err:", shorter.Err())
	fmt.Println(errors.Is(child.Err(), context.DeadlineExceeded))

	past, cancelPast := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancelPast()
	fmt.Println("past deadline err:", past.Err())
}
