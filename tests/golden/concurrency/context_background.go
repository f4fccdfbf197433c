// Background and TODO are never cancelled: Done is nil, Err is nil, no deadline.
package main

import (
	"context"
	"fmt"
)

func main() {
	for _, ctx := range []context.Context{context.Background(), context.TODO()} {
		_, ok := ctx.Deadline()
		fmt.Println(ctx, ctx.Done() == nil, ctx.Err(), ok, ctx.Value("x"))
	}
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx)
	cancel()
	select {
	case <-context.Background().Done():
		fmt.Println("impossible")
	default:
		fmt.Println("background never done")
	}
}
