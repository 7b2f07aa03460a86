package main

// Now carries a monotonic reading that String shows as " m=+..." (Go's
// format), that Add keeps and Round(0), UTC, In and AddDate drop; Sub of
// two readings uses it; timers send such Times too. Expected output from
// Go 1.22.

import (
	"fmt"
	"strings"
	"time"
)

// monoSuffix reports whether s ends in " m=+SECONDS.NANOSECONDS".
func monoSuffix(s string) bool {
	i := strings.LastIndex(s, " m=")
	if i < 0 {
		return false
	}
	sec, frac, ok := strings.Cut(s[i+4:], ".")
	return ok && (s[i+3] == '+' || s[i+3] == '-') && len(sec) > 0 && len(frac) == 9 &&
		strings.Trim(sec+frac, "0123456789") == ""
}

type matcher func(string) bool

func (m matcher) MatchString(s string) bool { return m(s) }

var mono = matcher(monoSuffix)

func main() {
	start := time.Now()
	fmt.Println(mono.MatchString(start.String()), start.Location(), time.Local, time.UTC)
	fmt.Println(mono.MatchString(start.Add(time.Hour).String()))
	fmt.Println(strings.Contains(start.Round(0).String(), "m="), strings.Contains(start.UTC().String(), "m="))
	fmt.Println(strings.Contains(start.AddDate(0, 0, 1).String(), "m="), strings.Contains(start.In(time.UTC).String(), "m="))
	fmt.Println(start.Round(0).Equal(start), start.Add(time.Second).Sub(start), start.Add(-time.Minute).Before(start))
	tick := <-time.After(time.Millisecond)
	fmt.Println(mono.MatchString(tick.String()), !tick.Before(start), time.Since(start) > 0, time.Until(start) < 0)
	fmt.Println(start.Year() >= 2009, start.Unix() > 1e9, start.UnixNano()/1e9 == start.Unix())
}
