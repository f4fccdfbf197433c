// Bounded parallel processing with errgroup: results stored by index, first error wins.
package main

import (
	"context"
	"fmt"
	"strconv"

	"golang.org/x/sync/errgroup"
)

func parseAll(ctx context.Context, inputs []string) ([]int, error) {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(3)
	out := make([]int, len(inputs))
	for i, s := range inputs {
		i, s := i, s
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				return err
			}
			n, err := strconv.Atoi(s)
			if err != nil {
				return fmt.Errorf("input %d: %w", i, err)
			}
			out[i] = n
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return out, nil
}

func main() {
	nums, err := parseAll(context.Background(), []string{"4", "8", "15", "16", "23", "42"})
	fmt.Println(nums, err)
	nums, err = parseAll(context.Background(), []string{"1", "two", "3"})
	fmt.Println(nums, err)
}
