package time

import (
	"errors"
	"sync"
)

// A Location maps time instants to the zone in use at that time: a set of zones (name,
// offset, DST flag), the transitions between them, and a POSIX TZ rule ("extend") for the
// instants after the last transition. Locations are read from the system's TZif files
// (/usr/share/zoneinfo, /etc/localtime) exactly as Go reads them.
type Location struct {
	name   string
	zone   []zone
	tx     []zoneTrans
	extend string
}

type zone struct {
	name   string // abbreviated name, "CET"
	offset int    // seconds east of UTC
	isDST  bool
}

type zoneTrans struct {
	when  int64 // transition time, in seconds since 1970 GMT
	index uint8 // the zone in effect after it
}

const (
	alpha = -1 << 63  // the start of time
	omega = 1<<63 - 1 // the end of time
)

var utcLoc = Location{name: "UTC"}

// UTC represents Universal Coordinated Time.
var UTC *Location = &utcLoc

var localLoc Location
var localOnce sync.Once

// Local represents the system's local time zone: $TZ if set, else /etc/localtime; UTC when
// neither can be read.
var Local *Location = &localLoc

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc {
		localOnce.Do(initLocal)
	}
	return l
}

// String returns a descriptive name for the time zone information ("UTC", "Local",
// "America/New_York").
func (l *Location) String() string {
	return l.get().name
}

// FixedZone returns a Location that always uses the given zone name and offset (seconds
// east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{
		name: name,
		zone: []zone{{name, offset, false}},
		tx:   []zoneTrans{{alpha, 0}},
	}
}

// lookup returns the zone in effect at sec (seconds since 1970 UTC) and the bounds of the
// interval in which it stays in effect.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zone) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	if len(l.tx) == 0 || sec < l.tx[0].when {
		z := &l.zone[l.lookupFirstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}
	// Binary search for the last transition at or before sec.
	tx := l.tx
	end = omega
	lo, hi := 0, len(tx)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if sec < tx[m].when {
			end = tx[m].when
			hi = m
		} else {
			lo = m
		}
	}
	z := &l.zone[tx[lo].index]
	name, offset, start, isDST = z.name, z.offset, tx[lo].when, z.isDST
	if lo == len(tx)-1 && l.extend != "" {
		if ename, eoffset, estart, eend, eisDST, ok := tzset(l.extend, start, sec); ok {
			return ename, eoffset, estart, eend, eisDST
		}
	}
	return
}

// lookupFirstZone returns the index of the zone to use for times before the first
// transition (Go's rules, from tzcode's localtime.c).
func (l *Location) lookupFirstZone() int {
	used := false
	for _, tx := range l.tx {
		if tx.index == 0 {
			used = true
			break
		}
	}
	if !used {
		return 0
	}
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for zi := int(l.tx[0].index) - 1; zi >= 0; zi-- {
			if !l.zone[zi].isDST {
				return zi
			}
		}
	}
	for zi := range l.zone {
		if !l.zone[zi].isDST {
			return zi
		}
	}
	return 0
}

// lookupName returns the offset of the zone with the given abbreviation, preferring one in
// effect at the pseudo-Unix time unix.
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	for i := range l.zone {
		z := &l.zone[i]
		if z.name == name {
			nam, offset, _, _, _ := l.lookup(unix - int64(z.offset))
			if nam == z.name {
				return offset, true
			}
		}
	}
	for i := range l.zone {
		if l.zone[i].name == name {
			return l.zone[i].offset, true
		}
	}
	return
}

// ---- POSIX TZ rules (the footer of TZif version 2+ files) ----

// tzset evaluates the TZ rule s at sec, knowing the last transition lastTxSec.
func tzset(s string, lastTxSec, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	var stdName, dstName string
	var stdOffset, dstOffset int

	stdName, s, ok = tzsetName(s)
	if ok {
		stdOffset, s, ok = tzsetOffset(s)
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	// TZ offsets are added to local time to get UTC: negate.
	stdOffset = -stdOffset
	if len(s) == 0 || s[0] == ',' {
		return stdName, stdOffset, lastTxSec, omega, false, true
	}

	dstName, s, ok = tzsetName(s)
	if ok {
		if len(s) == 0 || s[0] == ',' {
			dstOffset = stdOffset + secondsPerHour
		} else {
			dstOffset, s, ok = tzsetOffset(s)
			dstOffset = -dstOffset
		}
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	if len(s) == 0 {
		s = ",M3.2.0,M11.1.0" // tzcode's default rules
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]

	var startRule, endRule rule
	startRule, s, ok = tzsetRule(s)
	if !ok || len(s) == 0 || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]
	endRule, s, ok = tzsetRule(s)
	if !ok || len(s) > 0 {
		return "", 0, 0, 0, false, false
	}

	days, _ := floorDiv(sec, secondsPerDay)
	year, _, _ := civil(days)
	yearStart := daysFromCivil(int64(year), 1, 1) * secondsPerDay
	ysec := sec - yearStart

	startSec := int64(tzruleTime(year, startRule, stdOffset))
	endSec := int64(tzruleTime(year, endRule, dstOffset))
	dstIsDST, stdIsDST := true, false
	if endSec < startSec { // southern hemisphere
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}
	if ysec < startSec {
		return stdName, stdOffset, yearStart, startSec + yearStart, stdIsDST, true
	} else if ysec >= endSec {
		return stdName, stdOffset, endSec + yearStart, yearStart + 365*secondsPerDay, stdIsDST, true
	}
	return dstName, dstOffset, startSec + yearStart, endSec + yearStart, dstIsDST, true
}

func tzsetName(s string) (string, string, bool) {
	if len(s) == 0 {
		return "", "", false
	}
	if s[0] != '<' {
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ',', '-', '+':
				if i < 3 {
					return "", "", false
				}
				return s[:i], s[i:], true
			}
		}
		if len(s) < 3 {
			return "", "", false
		}
		return s, "", true
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '>' {
			return s[1:i], s[i+1:], true
		}
	}
	return "", "", false
}

func tzsetOffset(s string) (offset int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		s = s[1:]
		neg = true
	}
	var hours int
	hours, s, ok = tzsetNum(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	off := hours * secondsPerHour
	if len(s) != 0 && s[0] == ':' {
		var mins int
		mins, s, ok = tzsetNum(s[1:], 0, 59)
		if !ok {
			return 0, "", false
		}
		off += mins * secondsPerMinute
		if len(s) != 0 && s[0] == ':' {
			var secs int
			secs, s, ok = tzsetNum(s[1:], 0, 59)
			if !ok {
				return 0, "", false
			}
			off += secs
		}
	}
	if neg {
		off = -off
	}
	return off, s, true
}

type ruleKind int

const (
	ruleJulian ruleKind = iota
	ruleDOY
	ruleMonthWeekDay
)

type rule struct {
	kind ruleKind
	day  int
	week int
	mon  int
	time int // transition time of day
}

func tzsetRule(s string) (rule, string, bool) {
	var r rule
	if len(s) == 0 {
		return rule{}, "", false
	}
	ok := false
	if s[0] == 'J' {
		var jday int
		jday, s, ok = tzsetNum(s[1:], 1, 365)
		if !ok {
			return rule{}, "", false
		}
		r.kind = ruleJulian
		r.day = jday
	} else if s[0] == 'M' {
		var mon, week, day int
		mon, s, ok = tzsetNum(s[1:], 1, 12)
		if !ok || len(s) == 0 || s[0] != '.' {
			return rule{}, "", false
		}
		week, s, ok = tzsetNum(s[1:], 1, 5)
		if !ok || len(s) == 0 || s[0] != '.' {
			return rule{}, "", false
		}
		day, s, ok = tzsetNum(s[1:], 0, 6)
		if !ok {
			return rule{}, "", false
		}
		r.kind = ruleMonthWeekDay
		r.day, r.week, r.mon = day, week, mon
	} else {
		var day int
		day, s, ok = tzsetNum(s, 0, 365)
		if !ok {
			return rule{}, "", false
		}
		r.kind = ruleDOY
		r.day = day
	}
	if len(s) == 0 || s[0] != '/' {
		r.time = 2 * secondsPerHour // 2am is the default
		return r, s, true
	}
	offset, s, ok := tzsetOffset(s[1:])
	if !ok {
		return rule{}, "", false
	}
	r.time = offset
	return r, s, true
}

func tzsetNum(s string, min, max int) (num int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			if i == 0 || num < min {
				return 0, "", false
			}
			return num, s[i:], true
		}
		num = num*10 + int(c-'0')
		if num > max {
			return 0, "", false
		}
	}
	if num < min {
		return 0, "", false
	}
	return num, "", true
}

// tzruleTime returns the second of the year at which rule r takes effect.
func tzruleTime(year int, r rule, off int) int {
	var s int
	switch r.kind {
	case ruleJulian:
		s = (r.day - 1) * secondsPerDay
		if isLeap(year) && r.day >= 60 {
			s += secondsPerDay
		}
	case ruleDOY:
		s = r.day * secondsPerDay
	case ruleMonthWeekDay:
		// weekday of the first day of the month
		first := daysFromCivil(int64(year), int64(r.mon), 1)
		_, w := floorDiv(first+4, 7)
		d := r.day - int(w)
		if d < 0 {
			d += 7
		}
		for i := 1; i < r.week; i++ {
			if d+7 >= daysIn(Month(r.mon), year) {
				break
			}
			d += 7
		}
		d += int(daysBefore[r.mon-1])
		if isLeap(year) && r.mon > 2 {
			d++
		}
		s = d * secondsPerDay
	}
	return s + r.time - off
}

// ---- loading ----

func getenv(key string) (value string, found bool)
func readFile(path string) (data []byte, ok bool)

var errLocation = errors.New("time: invalid location name")
var errBadData = errors.New("malformed time zone information")

var zoneSources = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
	"/etc/zoneinfo/",
}

func initLocal() {
	tz, ok := getenv("TZ")
	switch {
	case !ok:
		if z, err := loadLocation("localtime", []string{"/etc/"}); err == nil {
			localLoc = *z
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if z, err := loadLocation(tz, []string{""}); err == nil {
				localLoc = *z
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				} else {
					localLoc.name = tz
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if z, err := loadLocation(tz, zoneSources); err == nil {
				localLoc = *z
				return
			}
		}
	}
	localLoc.name = "UTC"
}

// LoadLocation returns the Location with the given name: "" or "UTC" give UTC, "Local"
// gives Local, other names are IANA zone names ("America/New_York") read from the system's
// zoneinfo directory (or $ZONEINFO).
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	sources := zoneSources
	if dir, _ := getenv("ZONEINFO"); dir != "" {
		sources = append([]string{dir + "/"}, zoneSources...)
	}
	return loadLocation(name, sources)
}

func containsDotDot(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

func loadLocation(name string, sources []string) (*Location, error) {
	var firstErr error
	for _, source := range sources {
		data, ok := readFile(source + name)
		if !ok {
			continue
		}
		z, err := LoadLocationFromTZData(name, data)
		if err == nil {
			return z, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

// tzReader reads big-endian fields of a TZif file.
type tzReader struct {
	p   []byte
	err bool
}

func (d *tzReader) read(n int) []byte {
	if len(d.p) < n {
		d.p = nil
		d.err = true
		return nil
	}
	p := d.p[0:n]
	d.p = d.p[n:]
	return p
}

func (d *tzReader) big4() (uint32, bool) {
	p := d.read(4)
	if len(p) < 4 {
		d.err = true
		return 0, false
	}
	return uint32(p[3]) | uint32(p[2])<<8 | uint32(p[1])<<16 | uint32(p[0])<<24, true
}

func (d *tzReader) big8() (uint64, bool) {
	n1, ok1 := d.big4()
	n2, ok2 := d.big4()
	if !ok1 || !ok2 {
		d.err = true
		return 0, false
	}
	return uint64(n1)<<32 | uint64(n2), true
}

// cstring returns the NUL-terminated string at the start of p.
func cstring(p []byte) string {
	for i := 0; i < len(p); i++ {
		if p[i] == 0 {
			return string(p[0:i])
		}
	}
	return string(p)
}

// LoadLocationFromTZData returns a Location with the given name from IANA Time Zone
// database-formatted data (a TZif file).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	d := tzReader{p: data}
	if magic := d.read(4); string(magic) != "TZif" {
		return nil, errBadData
	}
	p := d.read(16)
	if len(p) != 16 {
		return nil, errBadData
	}
	version := 0
	switch p[0] {
	case 0:
		version = 1
	case '2':
		version = 2
	case '3':
		version = 3
	default:
		return nil, errBadData
	}
	// counts: UTC/local indicators, std/wall indicators, leap seconds, transition times,
	// local time zones, characters of zone abbreviations
	const (
		nUTCLocal = iota
		nStdWall
		nLeap
		nTime
		nZone
		nChar
	)
	var n [6]int
	readCounts := func() bool {
		for i := 0; i < 6; i++ {
			nn, ok := d.big4()
			if !ok || uint32(int(nn)) != nn {
				return false
			}
			n[i] = int(nn)
		}
		return true
	}
	if !readCounts() {
		return nil, errBadData
	}
	size := 4
	if version > 1 {
		// Skip the 32-bit data and the second header; read the 64-bit data.
		skip := n[nTime]*4 + n[nTime] + n[nZone]*6 + n[nChar] + n[nLeap]*8 + n[nStdWall] + n[nUTCLocal]
		d.read(skip + 4 + 16)
		if !readCounts() {
			return nil, errBadData
		}
		size = 8
	}
	txtimes := tzReader{p: d.read(n[nTime] * size)}
	txzones := d.read(n[nTime])
	zonedata := tzReader{p: d.read(n[nZone] * 6)}
	abbrev := d.read(n[nChar])
	d.read(n[nLeap] * (size + 4))
	d.read(n[nStdWall])
	d.read(n[nUTCLocal])
	if d.err {
		return nil, errBadData
	}
	var extend string
	if rest := d.p; len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		extend = string(rest[1 : len(rest)-1])
	}

	nz := n[nZone]
	if nz == 0 {
		return nil, errBadData
	}
	zones := make([]zone, nz)
	for i := range zones {
		off, ok := zonedata.big4()
		if !ok {
			return nil, errBadData
		}
		zones[i].offset = int(int32(off))
		b := zonedata.read(2)
		if len(b) < 2 || int(b[1]) >= len(abbrev) {
			return nil, errBadData
		}
		zones[i].isDST = b[0] != 0
		zones[i].name = cstring(abbrev[b[1]:])
	}
	tx := make([]zoneTrans, n[nTime])
	for i := range tx {
		var when int64
		if size == 4 {
			v, ok := txtimes.big4()
			if !ok {
				return nil, errBadData
			}
			when = int64(int32(v))
		} else {
			v, ok := txtimes.big8()
			if !ok {
				return nil, errBadData
			}
			when = int64(v)
		}
		if int(txzones[i]) >= len(zones) {
			return nil, errBadData
		}
		tx[i] = zoneTrans{when, txzones[i]}
	}
	if len(tx) == 0 {
		// A fixed zone such as "Etc/GMT0": one transition covering all time.
		tx = append(tx, zoneTrans{alpha, 0})
	}
	return &Location{name: name, zone: zones, tx: tx, extend: extend}, nil
}
