// Time zones from the system's IANA database (/usr/share/zoneinfo): DST transitions,
// dates past the last recorded transition (POSIX TZ rule), ambiguous and missing local times.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, name := range []string{"America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "UTC", "", "Local"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, err)
			continue
		}
		fmt.Println("location:", loc)
		for _, t := range []time.Time{
			time.Date(2024, 1, 15, 12, 0, 0, 0, time.UTC),
			time.Date(2024, 7, 15, 12, 0, 0, 0, time.UTC),
			time.Date(2060, 7, 15, 12, 0, 0, 0, time.UTC),
			time.Date(1950, 7, 15, 12, 0, 0, 0, time.UTC),
		} {
			u := t.In(loc)
			fmt.Println("  ", u, u.IsDST(), u.Format(time.RFC3339))
		}
	}
	ny, _ := time.LoadLocation("America/New_York")
	// 2024-03-10 02:30 does not exist in New York; 2024-11-03 01:30 happens twice.
	fmt.Println(time.Date(2024, 3, 10, 2, 30, 0, 0, ny))
	fmt.Println(time.Date(2024, 11, 3, 1, 30, 0, 0, ny))
	fmt.Println(time.Date(2024, 3, 10, 1, 59, 59, 0, ny).Add(time.Second))
	start, end := time.Date(2024, 6, 1, 0, 0, 0, 0, ny).ZoneBounds()
	fmt.Println(start, "|", end)
	t, err := time.ParseInLocation("2006-01-02 15:04 MST", "2024-07-04 09:00 EDT", ny)
	fmt.Println(t, err, t.UTC())
	t, err = time.ParseInLocation(time.RFC3339, "2024-01-04T09:00:00-05:00", ny)
	fmt.Println(t, err)
	_, err = time.LoadLocation("Nowhere/Special")
	fmt.Println(err)
	_, err = time.LoadLocation("../etc/passwd")
	fmt.Println(err)
}
