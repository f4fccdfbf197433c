// How contexts print (gc's String forms) and the errors they report.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

type myCtx struct{ context.Context }

type named int

func (n named) String() string { return fmt.Sprintf("named-%d", int(n)) }

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	c1, cancel1 := context.WithCancel(bg)
	fmt.Println(c1)
	v1 := context.WithValue(c1, key("user"), "gopher")
	fmt.Println(v1)
	v2 := context.WithValue(v1, 42, named(7))
	fmt.Println(v2)
	v3 := context.WithValue(v2, "k", 3.5)
	fmt.Println(v3)
	c2, cancel2 := context.WithCancelCause(v3)
	fmt.Println(c2)
	wc := context.WithoutCancel(c2)
	fmt.Println(wc)
	custom := myCtx{bg}
	c3, cancel3 := context.WithCancel(custom)
	fmt.Println(c3)
	fmt.Printf("%v|%s|%T|%T\n", bg, c1, bg, c1)

	cancel2(errors.New("shutting down"))
	fmt.Println(c2.Err(), context.Cause(c2), context.Cause(c1), c1.Err())
	fmt.Println(wc.Err(), context.Cause(wc), wc.Done() == nil)
	cancel1()
	cancel1()
	fmt.Println(c1.Err(), v3.Err(), context.Cause(v3))
	cancel3()
	fmt.Println(c3.Err())

	fmt.Println(context.Canceled, context.DeadlineExceeded)
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(context.DeadlineExceeded, &te), te.Timeout())
	fmt.Printf("%T %T\n", context.Canceled, context.DeadlineExceeded)

	past, cancel4 := context.WithDeadline(bg, time.Now().Add(-time.Second))
	defer cancel4()
	_, ok := past.Deadline()
	fmt.Println(past.Err(), ok, errors.Is(past.Err(), context.DeadlineExceeded))

	for _, k := range []any{nil, []int{1}} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			context.WithValue(bg, k, 1)
		}()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithCancel(nil)
	}()

	// AfterFunc runs f in its own goroutine after the context is done; stop prevents it.
	c5, cancel5 := context.WithCancel(bg)
	ran := make(chan string, 2)
	context.AfterFunc(c5, func() { ran <- "after cancel" })
	stop := context.AfterFunc(c5, func() { ran <- "stopped one" })
	fmt.Println("stop:", stop(), stop())
	cancel5()
	fmt.Println(<-ran)
	select {
	case s := <-ran:
		fmt.Println("unexpected", s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("stopped func did not run")
	}
}
