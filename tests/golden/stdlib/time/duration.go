// time.Duration: String in every unit range, conversions, Round/Truncate/Abs, ParseDuration.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, 1000, 1001, 1500, 999999, time.Millisecond, 1500 * time.Microsecond,
		999999999, time.Second, 1500 * time.Millisecond, 59 * time.Second, time.Minute,
		90 * time.Second, time.Hour, time.Hour + time.Nanosecond, 100 * time.Hour,
		-time.Nanosecond, -1500 * time.Millisecond, -2 * time.Hour,
		1<<63 - 1, -1 << 63,
	}
	for _, d := range ds {
		fmt.Println(d, int64(d))
	}
	fmt.Printf("%v|%s|%d|%5v|%-8v|\n", time.Second, 2*time.Minute, time.Millisecond, time.Second, time.Microsecond)

	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	for _, m := range []time.Duration{0, -1, time.Nanosecond, time.Second, time.Minute, time.Hour, 7 * time.Second} {
		fmt.Println("round/truncate", m, d.Round(m), d.Truncate(m), (-d).Round(m), (-d).Truncate(m))
	}
	fmt.Println((-d).Abs(), time.Duration(-1<<63).Abs(), time.Duration(1<<63-1).Round(time.Hour))

	for _, s := range []string{"0", "1ns", "1.5h", "2h45m", "-1.5s", "+3m", "300ms", "1µs", "1μs", "1us",
		".5s", "1.s", "1h1m1s1ms1us1ns", "", "1", "abc", "1x", "-", ".s", "9223372036854775807ns",
		"9223372036854775808ns", "2562047h47m16.854775807s", "3000000h"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q -> %v %v\n", s, d, err)
	}
}
