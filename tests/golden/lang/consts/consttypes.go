package main

import "fmt"

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
)

func (d Duration) Seconds() float64 { return float64(d) / float64(Second) }

func main() {
	d := 90 * Second
	fmt.Println(int64(d), d.Seconds())
	fmt.Printf("%T %T\n", Minute, Minute.Seconds())
	fmt.Println((Minute + 30*Second).Seconds())
	timeout := 2500 * Millisecond
	fmt.Println(timeout.Seconds(), timeout > 2*Second)
	var n int64 = 3
	fmt.Println(Duration(n) * Second)
}
