// time.Parse: layouts, zones, fractional seconds and gc's error messages.
package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{time.RFC3339, "2024-03-05T14:07:09Z"},
		{time.RFC3339, "2024-03-05T14:07:09+05:30"},
		{time.RFC3339Nano, "2024-03-05T14:07:09.123456789-08:00"},
		{time.RFC3339, "2024-03-05T14:07:09.5Z"},
		{time.DateTime, "2023-12-25 08:30:00"},
		{time.DateOnly, "2024-02-29"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.RFC822, "02 Jan 06 15:04 UTC"},
		{"2006-01-02 15:04:05.000", "2021-06-01 10:11:12.345"},
		{"2006-01-02 15:04:05", "2021-06-01 10:11:12.345678"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (GMT+3)"},
		{"2006-002", "2024-060"},
		{"January 2 2006", "march 9 2010"},
		{"2006-01-02", "2023-13-25"},
		{"2006-01-02", "2023-02-30"},
		{"2006-01-02", "2023-1-5"},
		{"15:04", "25:00"},
		{"15:04:05", "10:61:00"},
		{"2006-01-02", "2024-01-02 extra"},
		{"2006-01-02T15:04:05Z07:00", "2024-01-02 10:00:00"},
		{time.RFC3339, "not a time"},
		{"Mon 2006", "Xyz 2006"},
		{"2006-01-02 MST", "2024-01-02 XYZT"},
		{".000", ".12"},
		{"2006-002", "2023-366"},
		{"2006", "\x01\"ab"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			var pe *time.ParseError
			fmt.Printf("%q: error: %v (ParseError %v)\n", c[1], err, errors.As(err, &pe))
			continue
		}
		name, off := t.Zone()
		fmt.Printf("%q: %v | %s %d | %v\n", c[1], t, name, off, t.Location())
	}
	loc := time.FixedZone("CET", 3600)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2024-07-01 09:30", loc)
	fmt.Println(t, err, t.UTC())
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2024-07-01 09:30 CET", loc)
	fmt.Println(t, err)
}
