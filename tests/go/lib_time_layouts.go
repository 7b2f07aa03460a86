package main

// Every layout constant, fractional seconds (.9 .99 .999 .999999, , and 0
// variants), day of year (002, __2), RFC3339 in UTC (Z), accessors, Parse,
// In, UTC, MarshalText/UnmarshalText. Expected output from Go 1.22.

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	for _, l := range []string{time.RFC3339, time.RFC3339Nano, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.ANSIC, time.Layout, "2006-01-02 15:04:05.9", ".99 .999 .999999 ,999 .000 ,000000", "002 __2 Jan _2", "Z07:00 Z0700 -07 MST"} {
		fmt.Println(t.Format(l))
	}
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	p, err := time.Parse("2006-01-02", "2023-03-15")
	fmt.Println(p, err)
	p, err = time.Parse(time.RFC3339, "2023-03-15T10:20:30+02:00")
	fmt.Println(p, err, p.UTC())
	_, err = time.Parse("2006-01-02", "2023-13-15")
	fmt.Println(err)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err)
	_, err = time.ParseDuration("1x")
	fmt.Println(err)
	fmt.Println(t.Add(36 * time.Hour).Sub(t), t.AddDate(0, 1, 25))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour))
	b, _ := t.MarshalText()
	fmt.Println(string(b))
	var u time.Time
	fmt.Println(u.UnmarshalText([]byte("2001-02-03T04:05:06Z")), u)
	fmt.Println(time.Unix(0, 0).UTC())
	fmt.Println(t.In(time.UTC).Equal(t), t.Before(t.Add(1)), t.After(t))
	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(loc))
	fmt.Println(t.Month() == time.November, time.Saturday)
}
