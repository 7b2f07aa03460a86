package main

// The calendar half of package time: Date (normalising), the accessors,
// ISOWeek, fixed zones, every layout element of Format and Parse (with
// Go's ParseError texts), ParseDuration, Round/Truncate, MarshalText,
// GoString. Expected output from Go 1.22.

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.December, 31, 23, 59, 59, 999999999, time.UTC)
	fmt.Println(t, t.YearDay(), t.Weekday())
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	for _, d := range []string{"2021-01-03", "2021-01-04", "2020-12-31", "2024-12-30", "2016-01-01"} {
		p, _ := time.Parse(time.DateOnly, d)
		y, w := p.ISOWeek()
		fmt.Println(d, y, w, p.Weekday(), p.YearDay())
	}
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 2e9, time.UTC))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	fmt.Println(time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC))
	est := time.FixedZone("EST", -5*3600)
	t2 := time.Date(2023, 6, 1, 12, 0, 0, 0, est)
	fmt.Println(t2, t2.UTC(), t2.Unix(), t2.Location(), t2.In(time.UTC).Hour())
	name, off := t2.Zone()
	fmt.Println(name, off, t2.Equal(t2.UTC()), t2 == t2.UTC())
	nz := time.FixedZone("", 5*3600+30*60)
	fmt.Println(time.Date(2023, 6, 1, 12, 0, 0, 0, nz).Format(time.RFC1123+" | "+time.RFC3339+" | Z0700 Z07 -07:00:00"))
	layouts := []string{"2006-01-02 15:04:05", "Jan 2 2006 3:04PM", "02/01/2006", time.RFC1123, time.Kitchen, "2006-002", "Monday 2006 Jan _2"}
	values := []string{"2023-03-15 10:20:30", "Mar 5 2023 9:07PM", "31/12/2022", "Mon, 02 Jan 2006 15:04:05 MST", "3:04AM", "2024-060", "Friday 2023 Mar  3"}
	for i := range layouts {
		p, err := time.Parse(layouts[i], values[i])
		fmt.Println(p, err)
	}
	bad := [][2]string{{"2006-01-02", "2023-02-30"}, {"2006-01-02", "2023-1-5"}, {"15:04", "25:00"}, {"2006-01-02", "2023-01-02 extra"}, {time.RFC3339, "2023-01-02T10:00:00"}, {"Jan", "Foo"}}
	for _, b := range bad {
		_, err := time.Parse(b[0], b[1])
		fmt.Println(err)
		var pe *time.ParseError
		fmt.Println(errors.As(err, &pe))
	}
	p, err := time.Parse(time.RFC3339Nano, "2023-03-15T10:20:30.123456789+05:30")
	fmt.Println(p, err, p.Nanosecond())
	p, err = time.ParseInLocation("2006-01-02 15:04", "2023-03-15 10:20", est)
	fmt.Println(p, err)
	for _, s := range []string{"1h15m30.5s", "-1.5h", "300ms", "2us", "1µs", "0", "", "1", "1x", ".s", "9999999999h", "1.000000001s", "+5m"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	d := 1*time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond
	fmt.Println(d.Round(time.Second), d.Truncate(time.Minute), d.Round(7*time.Millisecond), (-d).Abs(), d.Hours(), d.Minutes())
	base := time.Date(2023, 5, 17, 13, 47, 29, 500000000, time.UTC)
	for _, r := range []time.Duration{time.Second, time.Minute, time.Hour, 24 * time.Hour, 7 * time.Millisecond, 13 * time.Minute, 0} {
		fmt.Println(base.Round(r), base.Truncate(r))
	}
	fmt.Println(time.Unix(1700000000, 5).UTC(), time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(base.Sub(t), t.Sub(base), base.Before(t), base.After(t), base.Compare(t))
	fmt.Println(time.Month(13), time.Weekday(8), time.Month(0))
	var zt time.Time
	fmt.Println(zt, zt.IsZero(), zt.Unix(), zt.Weekday(), zt.Location())
	fmt.Printf("%v|%s|%d|%v\n", time.March, time.Tuesday, time.March, []time.Month{1, 2})
	fmt.Printf("%#v\n", base)
	b, err := base.MarshalText()
	fmt.Println(string(b), err)
	var u time.Time
	fmt.Println(u.UnmarshalText([]byte("2001-02-03T04:05:06.7-07:00")), u)
	j, _ := base.MarshalJSON()
	fmt.Println(string(j))
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText()
	fmt.Println(err)
	loc, err := time.LoadLocation("UTC")
	fmt.Println(loc, err)
	_, err = time.LoadLocation("Mars/Base")
	fmt.Println(err)
	fmt.Println(base.Format("3:4:5 pm PM .000 ,999 .9 Mon Monday Jan January 1 01 2 02 _2 06 2006 __2 002 15 MST"))
	fmt.Println(time.Date(2023, 1, 5, 0, 0, 0, 0, time.UTC).Format("__2|002|_2|Z07:00"))
}
