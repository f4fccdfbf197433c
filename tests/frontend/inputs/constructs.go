package main

type A [N]int
type G[T any] struct{ x T }
type P[T *int,] int
type M[K comparable, V any] map[K]V
type S[E ~[]int | ~string] int
type C chan<- chan int
type R <-chan <-chan int

func f(a, b int, c string) (x int, err error) { return }
func g(int, string) {}
func h[T int | float64](x T) T { return x }

func main() {
	if x == (T{}) {
	}
	for _, v := range []int{1, 2} {
		_ = v
	}
	if x := (T{}); x {
	}
	var y = <-chan int(nil)
	z := [][]*P{{{}}}
	switch t := x.(type) {
	case int, string:
	default:
	}
	a[1:2:3] = b[:]
	f := (*T).M
	Pair[int, string]{1, "a"}.x++
	ch <- 1
L:
	for range x {
		break L
	}
}
