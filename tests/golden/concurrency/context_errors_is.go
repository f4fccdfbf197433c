// Context errors wrapped with %w still match errors.Is; their texts are fixed.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func fetch(ctx context.Context, name string) error {
	<-ctx.Done()
	return fmt.Errorf("fetch %s: %w", name, ctx.Err())
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := fetch(ctx, "users")
	fmt.Println(err)
	fmt.Println("is Canceled:", errors.Is(err, context.Canceled))
	fmt.Println("unwrap:", errors.Unwrap(err) == context.Canceled)

	tctx, tcancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer tcancel()
	err = fetch(tctx, "orders")
	fmt.Println(err)
	fmt.Println("is DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded))

	// DeadlineExceeded reports itself as a timeout.
	var te interface{ Timeout() bool }
	fmt.Println("timeout error:", errors.As(err, &te) && te.Timeout())
	fmt.Println(context.Canceled.Error(), "/", context.DeadlineExceeded.Error())
}
