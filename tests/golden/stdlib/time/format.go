// time.Time formatting with fixed dates: every standard layout, custom layouts, zones.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime,
		time.DateOnly, time.TimeOnly,
		"Monday, January 2 2006 3:04:05.000 pm", "02/01/06 15h04", "2006-002 __2 _2",
		"Jan Janx January Mon Monx", ".0 .00 .9 .99 ,000 ,999 05.999999", "Z07 Z0700 Z07:00 -07 -0700 -07:00 -07:00:00 -070000",
		"06 2006 _2006 1 01 2 02 3 03 4 04 5 05 15 PM pm MST", "no layout here",
	}
	for _, l := range layouts {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}
	fmt.Println(t)
	fmt.Printf("%v\n%#v\n", t, t)
	fmt.Println(t.String(), t.UTC().Location(), t.Location())

	east := time.FixedZone("EAST", 5*3600+30*60)
	west := time.FixedZone("", -(3*3600 + 15*60 + 7))
	for _, loc := range []*time.Location{time.UTC, east, west} {
		u := t.In(loc)
		name, off := u.Zone()
		fmt.Println(u, "|", u.Format(time.RFC3339), "|", u.Format(time.RFC1123), "|", name, off, loc)
	}

	// Midnight, noon, single digits, years outside 4 digits.
	for _, x := range []time.Time{
		time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC),
		time.Date(2023, 7, 4, 12, 0, 0, 5000, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(12345, 6, 7, 8, 9, 10, 0, time.UTC),
		time.Date(-44, 3, 15, 0, 0, 0, 0, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC),
	} {
		fmt.Println(x, "|", x.Format(time.Kitchen), "|", x.Format("Mon 02 Jan 06 pm"), "|", x.Format(time.RFC3339Nano))
	}
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix(), zero.Format(time.RFC3339))
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1700000000, 5).UTC(), time.UnixMilli(-1).UTC())
}
