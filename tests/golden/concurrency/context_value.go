// context.WithValue: lookups walk up the chain; unexported key types avoid collisions.
package main

import (
	"context"
	"fmt"
)

type ctxKey string
type otherKey string

const userKey ctxKey = "user"

func handler(ctx context.Context, out chan<- string) {
	user, ok := ctx.Value(userKey).(string)
	reqID := ctx.Value(ctxKey("request-id"))
	out <- fmt.Sprintf("user=%q ok=%v request-id=%v", user, ok, reqID)
}

func main() {
	ctx := context.WithValue(context.Background(), userKey, "gopher")
	ctx = context.WithValue(ctx, ctxKey("request-id"), 1234)
	out := make(chan string)
	go handler(ctx, out)
	fmt.Println(<-out)

	fmt.Println("different key type:", ctx.Value(otherKey("user")))
	fmt.Println("plain string key:", ctx.Value("user"))

	shadow := context.WithValue(ctx, userKey, "admin")
	fmt.Println("shadowed:", shadow.Value(userKey), "original:", ctx.Value(userKey))

	cctx, cancel := context.WithCancel(shadow)
	fmt.Println("through cancel ctx:", cctx.Value(ctxKey("request-id")))
	cancel()
	fmt.Println("values survive cancel:", cctx.Value(userKey), cctx.Err())
}
