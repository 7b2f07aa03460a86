// Package time: durations, instants, the calendar, layouts, sleeping,
// timers and tickers, with Go's behaviour.
//
// A Time is seconds since January 1, year 1, 00:00:00 UTC (sec) plus
// nanoseconds, an optional monotonic clock reading (Now's, used by Sub,
// Before, After, Equal and shown by String as "m=+0.000001") and a
// Location (nil meaning UTC, so == compares as Go's does). Locations are
// UTC, fixed zones (FixedZone, parsed offsets) and Local, whose offset
// for an instant comes from the C library (TZ, /etc/localtime); under
// --seed, Local is UTC so that runs are the same everywhere.
// Layouts (Format, Parse) and ParseDuration, which follow Go's
// time/format.go, are in time_format.go.
// Sleeping parks the process, never its worker thread; timers fire from
// the runtime's timer thread (runtime/timer.c) by sending on channels
// (stdlib/time.c builds the Time values they send).
package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

func (d Duration) String() string

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}
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

// ---------- months and weekdays ----------

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

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}
var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + uitoa(uint64(m)) + ")"
}

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

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + uitoa(uint64(d)) + ")"
}

func uitoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	return string(b[i:])
}

// ---------- locations ----------

type Location struct {
	name   string
	offset int  // seconds east of UTC (fixed zones)
	local  bool // the system's zone: the offset depends on the instant
}

var utcLoc = Location{name: "UTC"}
var localLoc = Location{name: localName(), local: true}

// localName: the name Go gives Local: "Local" for the system's zone, TZ's
// value when it names one, "UTC" when TZ is empty or names none.
func localName() string

var UTC *Location = &utcLoc
var Local *Location = &localLoc

// localZone is the system zone at unix second sec: its abbreviation and
// offset (UTC under --seed).
func localZone(sec int64) (name string, offset int)

// setLocal tells the natives which Location timer values carry.
func setLocal(l *Location) bool

var localSet = setLocal(Local)

func FixedZone(name string, offset int) *Location {
	return &Location{name: name, offset: offset}
}

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

func (l *Location) String() string { return l.get().name }

// lookup: the zone's abbreviation and offset at unix second sec.
func (l *Location) lookup(sec int64) (name string, offset int) {
	l = l.get()
	if l.local {
		return localZone(sec)
	}
	return l.name, l.offset
}

func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// ---------- instants ----------

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	unixToInternal   = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix   = -unixToInternal
)

type Time struct {
	sec     int64 // since January 1, year 1, 00:00:00 UTC
	nsec    int64 // [0, 1e9)
	mono    int64 // monotonic reading (ns since the program started), when hasMono
	hasMono bool
	loc     *Location // nil: UTC
}

func now() (mono int64, wall int64)

func Now() Time {
	m, w := now()
	sec, nsec := w/1e9, w%1e9
	if nsec < 0 {
		sec, nsec = sec-1, nsec+1e9
	}
	return Time{sec + unixToInternal, nsec, m, true, Local}
}

func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }

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
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.hasMono = false
	t.mono = 0
	t.loc = loc
}

func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

func (t Time) Location() *Location {
	l := t.loc
	if l == nil {
		l = UTC
	}
	return l
}

func (t Time) Zone() (name string, offset int) {
	return t.loc.lookup(t.sec + internalToUnix)
}

func (t Time) IsDST() bool { return false }

// abs: seconds since year 1 in the time's own zone (its wall clock).
func (t Time) locabs() (name string, offset int, abs int64) {
	name, offset = t.loc.lookup(t.sec + internalToUnix)
	return name, offset, t.sec + int64(offset)
}

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) Unix() int64      { return t.sec + internalToUnix }
func (t Time) UnixNano() int64  { return (t.sec+internalToUnix)*1e9 + t.nsec }
func (t Time) UnixMilli() int64 { return (t.sec+internalToUnix)*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return (t.sec+internalToUnix)*1e6 + t.nsec/1e3 }
func (t Time) Nanosecond() int  { return int(t.nsec) }

func (t Time) Compare(u Time) int {
	var tc, uc int64
	if t.hasMono && u.hasMono {
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

func (t Time) After(u Time) bool  { return t.Compare(u) > 0 }
func (t Time) Before(u Time) bool { return t.Compare(u) < 0 }
func (t Time) Equal(u Time) bool  { return t.Compare(u) == 0 }

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
	t.nsec = nsec
	t.sec += dsec
	if t.hasMono {
		te := t.mono + int64(d)
		if d < 0 && te > t.mono || d > 0 && te < t.mono {
			t.hasMono, t.mono = false, 0
		} else {
			t.mono = te
		}
	}
	return t
}

func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		d := Duration(t.mono - u.mono)
		switch {
		case d < 0 && t.mono > u.mono:
			return maxDuration
		case d > 0 && t.mono < u.mono:
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// ---------- the calendar ----------

// daysFromCivil: days since 1970-01-01 of a proleptic Gregorian date
// (month 1..12, any day: it counts linearly).
func daysFromCivil(y int64, m int64, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := m + 9
	if m > 2 {
		mp = m - 3
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays: the date of a day counted from 1970-01-01.
func civilFromDays(z int64) (year int64, month int64, day int64) {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

func isLeap(year int) bool { return year%4 == 0 && (year%100 != 0 || year%400 == 0) }

var daysBefore = [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysBefore[m] - daysBefore[m-1]
}

// floorDiv: a/b rounded toward minus infinity (b > 0).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// absDate: the date of wall-clock seconds abs (since year 1), and the day
// of the year counting from 0.
func absDate(abs int64) (year int, month Month, day int, yday int) {
	days := floorDiv(abs, secondsPerDay) + floorDiv(internalToUnix, secondsPerDay)
	y, m, d := civilFromDays(days)
	year, month, day = int(y), Month(m), int(d)
	yday = daysBefore[month-1] + day - 1
	if isLeap(year) && month > February {
		yday++
	}
	return
}

func absClock(abs int64) (hour, min, sec int) {
	s := int(abs - floorDiv(abs, secondsPerDay)*secondsPerDay)
	return s / secondsPerHour, s % secondsPerHour / secondsPerMinute, s % secondsPerMinute
}

func absWeekday(abs int64) Weekday {
	// January 1, year 1 was a Monday
	return Weekday((floorDiv(abs, secondsPerDay)%7 + 8) % 7)
}

func (t Time) Date() (year int, month Month, day int) {
	_, _, abs := t.locabs()
	year, month, day, _ = absDate(abs)
	return
}

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Weekday() Weekday {
	_, _, abs := t.locabs()
	return absWeekday(abs)
}

func (t Time) YearDay() int {
	_, _, abs := t.locabs()
	_, _, _, yday := absDate(abs)
	return yday + 1
}

func (t Time) ISOWeek() (year, week int) {
	_, _, abs := t.locabs()
	d := Thursday - absWeekday(abs)
	if d == 4 {
		d = -3
	}
	abs += int64(d) * secondsPerDay
	year, _, _, yday := absDate(abs)
	return year, yday/7 + 1
}

func (t Time) Clock() (hour, min, sec int) {
	_, _, abs := t.locabs()
	return absClock(abs)
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
	days := daysFromCivil(int64(year), int64(month), 1) + int64(day-1)
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	_, offset := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if _, o2 := loc.lookup(utc); o2 != offset {
			offset = o2
		}
		unix -= int64(offset)
	}
	t := Time{sec: unix + unixToInternal, nsec: int64(nsec)}
	t.setLoc(loc)
	return t
}

func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// mulmod: a*b mod m for 0 <= a, b < m, without overflow.
func mulmod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 == 1 {
			r = addmod(r, a, m)
		}
		a = addmod(a, a, m)
		b >>= 1
	}
	return r
}

func addmod(a, b, m uint64) uint64 {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

// rem: the time since year 1, modulo d (d > 0), as Go's div computes it.
func rem(t Time, d Duration) Duration {
	neg := false
	sec, nsec := t.sec, t.nsec
	if sec < 0 {
		neg = true
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	var r Duration
	switch {
	case d < Second && Second%(d+d) == 0:
		r = Duration(nsec % int64(d))
	case d%Second == 0:
		d1 := int64(d / Second)
		r = Duration(sec%d1)*Second + Duration(nsec)
	default:
		m := uint64(d)
		r = Duration(addmod(mulmod(uint64(sec)%m, 1e9%m, m), uint64(nsec)%m, m))
	}
	if neg && r != 0 {
		r = d - r
	}
	return r
}

func (t Time) Truncate(d Duration) Time {
	t.hasMono, t.mono = false, 0
	if d <= 0 {
		return t
	}
	return t.Add(-rem(t, d))
}

func (t Time) Round(d Duration) Time {
	t.hasMono, t.mono = false, 0
	if d <= 0 {
		return t
	}
	r := rem(t, d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// ---------- sleeping, timers, tickers ----------

// Sleep pauses the current process for at least d.
func Sleep(d Duration)

// runtimeTimer is the runtime's timer record (opaque).
type runtimeTimer struct{ p *byte }

// startTimer arms a timer that sends the time on c after d, then every
// period if period > 0; f, when not nil, is started as a process instead.
func startTimer(c chan Time, d Duration, period Duration, f func()) runtimeTimer
func stopTimer(r runtimeTimer) bool
func resetTimer(r runtimeTimer, d Duration) bool

type Timer struct {
	C <-chan Time
	r runtimeTimer
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: startTimer(c, d, 0, nil)}
}

func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: startTimer(nil, d, 0, f)}
}

func (t *Timer) Stop() bool            { return stopTimer(t.r) }
func (t *Timer) Reset(d Duration) bool { return resetTimer(t.r, d) }

func After(d Duration) <-chan Time { return NewTimer(d).C }

type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: startTimer(c, d, d, nil)}
}

func (t *Ticker) Stop() { stopTimer(t.r) }
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	resetTimer(t.r, d)
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
