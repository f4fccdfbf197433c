// Package time: goro's implementation of Go's time package.
//
// A Time is {sec, nsec, mono, loc}: seconds since January 1, year 1 00:00:00 UTC (so the
// zero Time is that instant, as in Go), nanoseconds within the second, an optional reading
// of the monotonic clock (runtime nanotime; 0 = none) and the Location used for display
// (nil = UTC). Civil dates use the proleptic Gregorian calendar (days-from-civil arithmetic
// on 400-year eras). Timers, tickers and Sleep run on goro's timer heap (natives_time.c):
// the natives know this struct's layout (4 words).
package time

// A Duration represents the elapsed time between two instants as an int64 nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s". Leading zero
// units are omitted; durations under one second use smaller units ("1.5ms", "2µs"); the
// zero duration formats as 0s.
func (d Duration) String() string {
	var arr [32]byte
	buf := arr[:]
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return string(buf[w:])
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			// U+00B5 'µ' micro sign is 0xC2 0xB5
			w--
			buf[w] = 0xC2
			buf[w+1] = 0xB5
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// fmtFrac writes the fraction of v/10**prec (e.g. ".12345") into the tail of buf, omitting
// trailing zeros and the point when the fraction is 0. It returns the index where the output
// starts and v/10**prec.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt writes v into the tail of buf and returns the index where the output starts.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m (d if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y without overflow, for x and y non-negative.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m, halfway values away
// from zero; it saturates at the extreme Durations.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d; the smallest Duration saturates to the largest.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

var shortMonthNames = []string{
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

// utoa formats an unsigned decimal integer (the time package does not import strconv).
func utoa(v uint64) string {
	var buf [20]byte
	return string(buf[fmtInt(buf[:], v):])
}

// ---- Time ----

// A Time represents an instant in time with nanosecond precision. The zero value is
// January 1, year 1, 00:00:00.000000000 UTC.
type Time struct {
	sec  int64     // seconds since January 1, year 1 00:00:00 UTC
	nsec int64     // [0, 999999999]
	mono int64     // monotonic clock reading (ns); 0: none
	loc  *Location // nil means UTC
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay

	// seconds from January 1, year 1 to January 1, 1970 (Unix epoch)
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal
)

// now returns the wall clock (Unix seconds and nanoseconds) and the monotonic clock.
func now() (sec int64, nsec int32, mono int64)

// runtimeNano returns the monotonic clock the timers use.
func runtimeNano() int64

// startNano is the monotonic time at package initialisation (Time.String's m=±value).
var startNano int64 = runtimeNano() - 1

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec + unixToInternal, int64(nsec), mono, Local}
}

// Unix returns the local Time for the given Unix time (nsec may lie outside [0, 999999999]).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec + unixToInternal, nsec, 0, Local}
}

// UnixMilli returns the local Time for msec milliseconds since the Unix epoch.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time for usec microseconds since the Unix epoch.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Since returns the time elapsed since t (Now().Sub(t)).
func Since(t Time) Duration {
	if t.mono != 0 {
		return subMono(runtimeNano(), t.mono)
	}
	return Now().Sub(t)
}

// Until returns the duration until t (t.Sub(Now())).
func Until(t Time) Duration {
	if t.mono != 0 {
		return subMono(t.mono, runtimeNano())
	}
	return t.Sub(Now())
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration // overflow
	}
	if d > 0 && t < u {
		return minDuration // underflow
	}
	return d
}

func (t Time) unixSec() int64 { return t.sec + internalToUnix }

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.nsec/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.nsec/1e3 }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + t.nsec }

// IsZero reports whether t is the zero time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare returns -1 if t is before u, 0 if they are the same instant, +1 if t is after u.
func (t Time) Compare(u Time) int {
	var tc, uc int64
	if t.mono != 0 && u.mono != 0 {
		tc, uc = t.mono, u.mono
	} else {
		tc, uc = t.sec, u.sec
		if tc == uc {
			tc, uc = t.nsec, u.nsec
		}
	}
	switch {
	case tc < uc:
		return -1
	case tc > uc:
		return +1
	}
	return 0
}

// Equal reports whether t and u represent the same time instant (locations may differ).
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		te := t.mono + int64(d)
		if d < 0 && te > t.mono || d > 0 && te < t.mono {
			t.mono = 0 // monotonic clock reading now invalid
		} else {
			t.mono = te
			if te == 0 {
				t.mono = 0
			}
		}
	}
	return t
}

// Sub returns the duration t-u, saturating at the extreme Durations.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	// Check for overflow or underflow.
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// AddDate returns the time corresponding to adding the given numbers of years, months and
// days to t, normalised as Date does.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// ---- calendar ----

// civil returns the proleptic Gregorian date of the day `days` days after 1970-01-01.
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468
	var era int64
	if z >= 0 {
		era = z / 146097
	} else {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100) // [0, 365], from March 1
	mp := (5*doy + 2) / 153                  // [0, 11], March = 0
	d := doy - (153*mp+2)/5 + 1              // [1, 31]
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFromCivil returns the number of days from 1970-01-01 to year-month-day; month must be
// in [1, 12], day may be any value (it simply adds days).
func daysFromCivil(year int64, month int64, day int64) int64 {
	y := year
	if month <= 2 {
		y--
	}
	var era int64
	if y >= 0 {
		era = y / 400
	} else {
		era = (y - 399) / 400
	}
	yoe := y - era*400 // [0, 399]
	mp := month - 3
	if month <= 2 {
		mp = month + 9
	}
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysBefore[m] counts the days in a non-leap year before month m+1.
var daysBefore = []int32{
	0,
	31,
	31 + 28,
	31 + 28 + 31,
	31 + 28 + 31 + 30,
	31 + 28 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31,
}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return int(daysBefore[m] - daysBefore[m-1])
}

// floorDiv returns floor(a/b) and the non-negative remainder, for b > 0.
func floorDiv(a, b int64) (q, r int64) {
	q = a / b
	r = a % b
	if r < 0 {
		q--
		r += b
	}
	return
}

// locsec returns t's seconds since 1970-01-01 00:00:00 in its location's wall clock, with
// the zone name and offset in effect.
func (t Time) locsec() (sec int64, name string, offset int) {
	l := t.loc
	u := t.unixSec()
	if l == nil || l == &utcLoc {
		return u, "UTC", 0
	}
	name, offset, _, _, _ = l.lookup(u)
	return u + int64(offset), name, offset
}

// date returns the civil date and the day count since 1970-01-01 and the second of the day.
func (t Time) date() (year int, month Month, day int, days int64, secOfDay int64) {
	s, _, _ := t.locsec()
	days, secOfDay = floorDiv(s, secondsPerDay)
	year, month, day = civil(days)
	return
}

// Date returns the year, month and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _, _ = t.date()
	return
}

func (t Time) Year() int {
	y, _, _, _, _ := t.date()
	return y
}

func (t Time) Month() Month {
	_, m, _, _, _ := t.date()
	return m
}

func (t Time) Day() int {
	_, _, d, _, _ := t.date()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	_, _, _, days, _ := t.date()
	_, w := floorDiv(days+4, 7) // 1970-01-01 was a Thursday
	return Weekday(w)
}

// YearDay returns the day of the year specified by t, in [1, 365] or [1, 366] in leap years.
func (t Time) YearDay() int {
	y, _, _, days, _ := t.date()
	return int(days-daysFromCivil(int64(y), 1, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
func (t Time) ISOWeek() (year, week int) {
	// The week containing the year's first Thursday is week 1: move to this week's
	// Thursday (weeks start on Monday) and count its weeks.
	wd := int(t.Weekday()+6) % 7 // Monday = 0
	th := t.Add(Duration(3-wd) * 24 * Hour)
	y, _, _, days, _ := th.date()
	yday := int(days - daysFromCivil(int64(y), 1, 1))
	return y, yday/7 + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, _, _, _, s := t.date()
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec) }

// norm returns nhi, nlo such that hi*base+lo == nhi*base+nlo and 0 <= nlo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in the
// appropriate zone for that time in the given location. Out-of-range values are normalised
// (October 32 is November 1). Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)

	days := daysFromCivil(int64(year), int64(month), int64(day))
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)

	// Look for the zone offset for the expected time, then adjust for a transition between
	// the two (as Go does).
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	t := Time{unix + unixToInternal, int64(nsec), 0, nil}
	t.setLoc(loc)
	return t
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.mono = 0
	t.loc = loc
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns a copy of t representing the same instant in location loc (panics if nil).
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	l := t.loc
	if l == nil {
		l = UTC
	}
	return l
}

// Zone computes the time zone in effect at time t: its abbreviated name and its offset in
// seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	_, name, offset = t.locsec()
	return
}

// ZoneBounds returns the bounds of the time zone in effect at time t.
func (t Time) ZoneBounds() (start, end Time) {
	l := t.Location()
	_, _, s, e, _ := l.lookup(t.unixSec())
	if s != alpha {
		start = Unix(s, 0)
		start.setLoc(t.loc)
	}
	if e != omega {
		end = Unix(e, 0)
		end.setLoc(t.loc)
	}
	return
}

// IsDST reports whether the time in the configured location is in Daylight Savings Time.
func (t Time) IsDST() bool {
	_, _, _, _, isDST := t.Location().lookup(t.unixSec())
	return isDST
}

// mod128 returns (sec*1e9 + nsec) mod d for d > 0 without overflowing.
func mod128(sec, nsec int64, d int64) int64 {
	// sec >= 0 for every representable time after year 1; handle negatives generally.
	s := sec % d
	if s < 0 {
		s += d
	}
	// r = s * 1e9 mod d, by double-and-add on values < d (no overflow: d < 2^63).
	r := int64(0)
	m := int64(1e9) % d
	for s > 0 {
		if s&1 != 0 {
			r = addMod(r, m, d)
		}
		m = addMod(m, m, d)
		s >>= 1
	}
	return addMod(r, nsec%d, d)
}

func addMod(a, b, d int64) int64 {
	if a >= d-b {
		return a - (d - b)
	}
	return a + b
}

// Truncate returns the result of rounding t down to a multiple of d (since the zero time),
// without its monotonic clock reading. d <= 0 returns t stripped of that reading.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := mod128(t.sec, t.nsec, int64(d))
	return t.Add(-Duration(r))
}

// Round returns the result of rounding t to the nearest multiple of d (since the zero
// time), halfway values rounding up, without its monotonic clock reading.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := Duration(mod128(t.sec, t.nsec, int64(d)))
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}
