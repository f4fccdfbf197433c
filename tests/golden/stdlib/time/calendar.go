// Date normalisation and calendar arithmetic on fixed dates.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Date(2023, 10, 32, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 13, 1, 25, 61, 61, 1e9+1, time.UTC))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	fmt.Println(time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1))
	fmt.Println(time.Date(2000, 0, 0, -1, 0, 0, -1, time.UTC))

	t := time.Date(2024, 12, 30, 15, 45, 30, 500, time.UTC)
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	wy, wk := t.ISOWeek()
	fmt.Println(y, m, d, h, mi, s, t.Nanosecond(), t.Weekday(), t.YearDay(), wy, wk)
	for _, x := range []time.Time{
		time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2000, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
	} {
		wy, wk := x.ISOWeek()
		fmt.Println(x.Format(time.DateOnly), x.Weekday(), x.YearDay(), wy, wk)
	}

	a := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	b := a.Add(36*time.Hour + 90*time.Second)
	fmt.Println(b, b.Sub(a), a.Sub(b), a.Before(b), a.After(b), a.Equal(b), a.Compare(b), b.Compare(a), a.Compare(a))
	fmt.Println(a.Equal(a.In(time.FixedZone("X", 3600))), a == a.In(time.FixedZone("X", 3600)))
	fmt.Println(a.Unix(), a.UnixMilli(), a.UnixMicro(), a.UnixNano())
	fmt.Println(time.Unix(a.Unix(), 0).UTC().Equal(a), time.Unix(-1, 0).UTC(), time.Unix(0, -1).UTC())
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)))

	c := time.Date(2024, 5, 17, 13, 47, 31, 987654321, time.UTC)
	for _, d := range []time.Duration{0, time.Nanosecond, time.Millisecond, time.Second, 7 * time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour} {
		fmt.Println("trunc/round", d, c.Truncate(d).Format(time.RFC3339Nano), c.Round(d).Format(time.RFC3339Nano))
	}
	fmt.Println(time.Month(13), time.Month(0), time.Weekday(7), time.Weekday(-1), time.March, time.Saturday)
	fmt.Printf("%d %v %s %02d\n", time.April, time.April, time.April, time.April)
}
