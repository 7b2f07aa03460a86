package main

// Local is the zone TZ names (its name, its offsets, daylight saving), or
// UTC for an unknown zone (tests/zones.sh runs it with TZ set; expected
// outputs from Go 1.22).

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1700000000, 0)
	fmt.Println(t, t.Location())
	s := time.Unix(1690000000, 0)
	fmt.Println(s.Format(time.RFC1123Z), s.Format(time.UnixDate))
	d := time.Date(2023, 3, 12, 2, 30, 0, 0, time.Local)
	fmt.Println(d)
	p, err := time.Parse("2006-01-02 15:04 MST", "2023-07-01 12:00 EDT")
	fmt.Println(p, err, p.UTC())
	p, err = time.ParseInLocation("2006-01-02 15:04", "2023-07-01 12:00", time.Local)
	fmt.Println(p, err)
	name, off := t.Zone()
	fmt.Println(name, off)
}
