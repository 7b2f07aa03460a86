// Package time: durations, the clock, sleeping, timers and tickers.
// Sleeping parks the process, never its worker thread; timers fire from
// the runtime's timer thread (runtime/timer.c) by sending on channels.
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
		return d - m + r
	}
	if r+r < m {
		return d - r
	}
	return d + m - r
}
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Time is an instant: monotonic nanoseconds (for Sub/Since) and wall-clock
// nanoseconds since 1970 (for Unix and Format).
type Time struct {
	mono int64
	wall int64
}

func now() (mono int64, wall int64)

func Now() Time {
	m, w := now()
	return Time{m, w}
}

func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) Sub(u Time) Duration       { return Duration(t.mono - u.mono) }
func (t Time) Add(d Duration) Time       { return Time{t.mono + int64(d), t.wall + int64(d)} }
func (t Time) Before(u Time) bool        { return t.mono < u.mono }
func (t Time) After(u Time) bool         { return t.mono > u.mono }
func (t Time) Equal(u Time) bool         { return t.mono == u.mono }
func (t Time) IsZero() bool              { return t.mono == 0 && t.wall == 0 }
func (t Time) Unix() int64               { return t.wall / 1e9 }
func (t Time) UnixNano() int64           { return t.wall }
func (t Time) UnixMilli() int64          { return t.wall / 1e6 }
func (t Time) Format(layout string) string { return format(t.wall, layout) }
func (t Time) String() string            { return format(t.wall, "2006-01-02 15:04:05.999999999 -0700 MST") }

func format(wall int64, layout string) string

func Unix(sec int64, nsec int64) Time { return Time{0, sec*1e9 + nsec} }

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	Kitchen     = "3:04PM"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
)

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

func (t *Timer) Stop() bool { return stopTimer(t.r) }
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

func (t *Ticker) Stop()                { stopTimer(t.r) }
func (t *Ticker) Reset(d Duration)     { resetTimer(t.r, d) }

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

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
