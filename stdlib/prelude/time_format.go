// path: time
// The layouts of package time: the layout constants, Format and
// AppendFormat (Go's nextStdChunk tokenizer and element printing), String
// with the monotonic suffix, GoString, Marshal/UnmarshalText and JSON,
// Parse and ParseInLocation with Go's ParseError texts, and ParseDuration.
package time

// ---------- layouts ----------

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

const (
	_                        = iota
	stdLongMonth             = iota + stdNeedDate  // "January"
	stdMonth                                       // "Jan"
	stdNumMonth                                    // "1"
	stdZeroMonth                                   // "01"
	stdLongWeekDay                                 // "Monday"
	stdWeekDay                                     // "Mon"
	stdDay                                         // "2"
	stdUnderDay                                    // "_2"
	stdZeroDay                                     // "02"
	stdUnderYearDay                                // "__2"
	stdZeroYearDay                                 // "002"
	stdHour                  = iota + stdNeedClock // "15"
	stdHour12                                      // "3"
	stdZeroHour12                                  // "03"
	stdMinute                                      // "4"
	stdZeroMinute                                  // "04"
	stdSecond                                      // "5"
	stdZeroSecond                                  // "05"
	stdLongYear              = iota + stdNeedDate  // "2006"
	stdYear                                        // "06"
	stdPM                    = iota + stdNeedClock // "PM"
	stdpm                                          // "pm"
	stdTZ                    = iota                // "MST"
	stdISO8601TZ                                   // "Z0700"
	stdISO8601SecondsTZ                            // "Z070000"
	stdISO8601ShortTZ                              // "Z07"
	stdISO8601ColonTZ                              // "Z07:00"
	stdISO8601ColonSecondsTZ                       // "Z07:00:00"
	stdNumTZ                                       // "-0700"
	stdNumSecondsTz                                // "-070000"
	stdNumShortTZ                                  // "-07"
	stdNumColonTZ                                  // "-07:00"
	stdNumColonSecondsTZ                           // "-07:00:00"
	stdFracSecond0                                 // ".0", ".00", ... digits in the high bits
	stdFracSecond9                                 // ".9", ".99", ...

	stdNeedDate       = 1 << 8             // needs the date
	stdNeedClock      = 2 << 8             // needs the clock
	stdArgShift       = 16                 // the fraction's digit count
	stdSeparatorShift = 28                 // the fraction's separator
	stdMask           = 1<<stdArgShift - 1 // the chunk itself
)

var std0x = [...]int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}

func startsWithLowerCase(s string) bool {
	if len(s) == 0 {
		return false
	}
	c := s[0]
	return 'a' <= c && c <= 'z'
}

func isDigit(s string, i int) bool {
	if len(s) <= i {
		return false
	}
	c := s[i]
	return '0' <= c && c <= '9'
}

func stdFracSecond(code, n, c int) int {
	if c == '.' {
		return code | (n&0xfff)<<stdArgShift
	}
	return code | (n&0xfff)<<stdArgShift | 1<<stdSeparatorShift
}

func digitsLen(std int) int { return (std >> stdArgShift) & 0xfff }

func separator(std int) byte {
	if (std >> stdSeparatorShift) == 0 {
		return '.'
	}
	return ','
}

// nextStdChunk splits layout at its first standard element.
func nextStdChunk(layout string) (prefix string, std int, suffix string) {
	for i := 0; i < len(layout); i++ {
		switch c := int(layout[i]); c {
		case 'J':
			if len(layout) >= i+3 && layout[i:i+3] == "Jan" {
				if len(layout) >= i+7 && layout[i:i+7] == "January" {
					return layout[0:i], stdLongMonth, layout[i+7:]
				}
				if !startsWithLowerCase(layout[i+3:]) {
					return layout[0:i], stdMonth, layout[i+3:]
				}
			}
		case 'M':
			if len(layout) >= i+3 {
				if layout[i:i+3] == "Mon" {
					if len(layout) >= i+6 && layout[i:i+6] == "Monday" {
						return layout[0:i], stdLongWeekDay, layout[i+6:]
					}
					if !startsWithLowerCase(layout[i+3:]) {
						return layout[0:i], stdWeekDay, layout[i+3:]
					}
				}
				if layout[i:i+3] == "MST" {
					return layout[0:i], stdTZ, layout[i+3:]
				}
			}
		case '0':
			if len(layout) >= i+2 && '1' <= layout[i+1] && layout[i+1] <= '6' {
				return layout[0:i], std0x[layout[i+1]-'1'], layout[i+2:]
			}
			if len(layout) >= i+3 && layout[i+1] == '0' && layout[i+2] == '2' {
				return layout[0:i], stdZeroYearDay, layout[i+3:]
			}
		case '1':
			if len(layout) >= i+2 && layout[i+1] == '5' {
				return layout[0:i], stdHour, layout[i+2:]
			}
			return layout[0:i], stdNumMonth, layout[i+1:]
		case '2':
			if len(layout) >= i+4 && layout[i:i+4] == "2006" {
				return layout[0:i], stdLongYear, layout[i+4:]
			}
			return layout[0:i], stdDay, layout[i+1:]
		case '_':
			if len(layout) >= i+2 && layout[i+1] == '2' {
				if len(layout) >= i+5 && layout[i+1:i+5] == "2006" {
					return layout[0 : i+1], stdLongYear, layout[i+5:]
				}
				return layout[0:i], stdUnderDay, layout[i+2:]
			}
			if len(layout) >= i+3 && layout[i+1] == '_' && layout[i+2] == '2' {
				return layout[0:i], stdUnderYearDay, layout[i+3:]
			}
		case '3':
			return layout[0:i], stdHour12, layout[i+1:]
		case '4':
			return layout[0:i], stdMinute, layout[i+1:]
		case '5':
			return layout[0:i], stdSecond, layout[i+1:]
		case 'P':
			if len(layout) >= i+2 && layout[i+1] == 'M' {
				return layout[0:i], stdPM, layout[i+2:]
			}
		case 'p':
			if len(layout) >= i+2 && layout[i+1] == 'm' {
				return layout[0:i], stdpm, layout[i+2:]
			}
		case '-':
			if len(layout) >= i+7 && layout[i:i+7] == "-070000" {
				return layout[0:i], stdNumSecondsTz, layout[i+7:]
			}
			if len(layout) >= i+9 && layout[i:i+9] == "-07:00:00" {
				return layout[0:i], stdNumColonSecondsTZ, layout[i+9:]
			}
			if len(layout) >= i+5 && layout[i:i+5] == "-0700" {
				return layout[0:i], stdNumTZ, layout[i+5:]
			}
			if len(layout) >= i+6 && layout[i:i+6] == "-07:00" {
				return layout[0:i], stdNumColonTZ, layout[i+6:]
			}
			if len(layout) >= i+3 && layout[i:i+3] == "-07" {
				return layout[0:i], stdNumShortTZ, layout[i+3:]
			}
		case 'Z':
			if len(layout) >= i+7 && layout[i:i+7] == "Z070000" {
				return layout[0:i], stdISO8601SecondsTZ, layout[i+7:]
			}
			if len(layout) >= i+9 && layout[i:i+9] == "Z07:00:00" {
				return layout[0:i], stdISO8601ColonSecondsTZ, layout[i+9:]
			}
			if len(layout) >= i+5 && layout[i:i+5] == "Z0700" {
				return layout[0:i], stdISO8601TZ, layout[i+5:]
			}
			if len(layout) >= i+6 && layout[i:i+6] == "Z07:00" {
				return layout[0:i], stdISO8601ColonTZ, layout[i+6:]
			}
			if len(layout) >= i+3 && layout[i:i+3] == "Z07" {
				return layout[0:i], stdISO8601ShortTZ, layout[i+3:]
			}
		case '.', ',':
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				if !isDigit(layout, j) {
					code := stdFracSecond0
					if layout[i+1] == '9' {
						code = stdFracSecond9
					}
					return layout[0:i], stdFracSecond(code, j-(i+1), c), layout[j:]
				}
			}
		}
	}
	return layout, 0, ""
}

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = uint64(-x)
	}
	var digits [20]byte
	n := len(digits)
	for u >= 10 {
		n--
		digits[n] = byte('0' + u%10)
		u /= 10
	}
	n--
	digits[n] = byte('0' + u)
	for pad := width - (len(digits) - n); pad > 0; pad-- {
		b = append(b, '0')
	}
	return append(b, digits[n:]...)
}

func appendNano(b []byte, nanosec int, std int) []byte {
	trim := std&stdMask == stdFracSecond9
	n := digitsLen(std)
	if trim && (n == 0 || nanosec == 0) {
		return b
	}
	dot := separator(std)
	b = append(b, dot)
	b = appendInt(b, nanosec, 9)
	if n < 9 {
		b = b[:len(b)-9+n]
	}
	if trim {
		for len(b) > 0 && b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if len(b) > 0 && b[len(b)-1] == dot {
			b = b[:len(b)-1]
		}
	}
	return b
}

func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset, abs := t.locabs()
	year, hour := -1, -1
	var month Month
	var day, yday, min, sec int
	for layout != "" {
		prefix, std, suffix := nextStdChunk(layout)
		if prefix != "" {
			b = append(b, prefix...)
		}
		if std == 0 {
			break
		}
		layout = suffix
		if year < 0 && std&stdNeedDate != 0 {
			year, month, day, yday = absDate(abs)
			yday++
		}
		if hour < 0 && std&stdNeedClock != 0 {
			hour, min, sec = absClock(abs)
		}
		switch std & stdMask {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, absWeekday(abs).String()[:3]...)
		case stdLongWeekDay:
			b = append(b, absWeekday(abs).String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12, stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			if std&stdMask == stdHour12 {
				b = appendInt(b, hr, 0)
			} else {
				b = appendInt(b, hr, 2)
			}
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumColonTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonSecondsTZ:
			b = appendZone(b, std, offset)
		case stdTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case stdFracSecond0, stdFracSecond9:
			b = appendNano(b, int(t.nsec), std)
		}
	}
	return b
}

// appendZone: a numeric zone offset; the "Z" forms print Z for UTC.
func appendZone(b []byte, std int, offset int) []byte {
	iso := std == stdISO8601TZ || std == stdISO8601ColonTZ || std == stdISO8601SecondsTZ ||
		std == stdISO8601ShortTZ || std == stdISO8601ColonSecondsTZ
	if offset == 0 && iso {
		return append(b, 'Z')
	}
	zone := offset / 60
	absoffset := offset
	if zone < 0 {
		b = append(b, '-')
		zone = -zone
		absoffset = -absoffset
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, zone/60, 2)
	if std == stdISO8601ColonTZ || std == stdNumColonTZ || std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ {
		b = append(b, ':')
	}
	if std != stdNumShortTZ && std != stdISO8601ShortTZ {
		b = appendInt(b, zone%60, 2)
	}
	if std == stdISO8601SecondsTZ || std == stdNumSecondsTz || std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ {
		if std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ {
			b = append(b, ':')
		}
		b = appendInt(b, absoffset%60, 2)
	}
	return b
}

func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m2 := uint64(t.mono)
		sign := byte('+')
		if t.mono < 0 {
			sign = '-'
			m2 = -m2
		}
		m1, m2 := m2/1e9, m2%1e9
		m0, m1 := m1/1e9, m1%1e9
		buf := []byte(" m=")
		buf = append(buf, sign)
		wid := 0
		if m0 != 0 {
			buf = appendInt(buf, int(m0), 0)
			wid = 9
		}
		buf = appendInt(buf, int(m1), wid)
		buf = append(buf, '.')
		buf = appendInt(buf, int(m2), 9)
		s += string(buf)
	}
	return s
}

func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	if January <= month && month <= December {
		b = append(b, ", time."...)
		b = append(b, longMonthNames[month-1]...)
	} else {
		b = appendInt(b, int(month), 0)
	}
	b = append(b, ", "...)
	b = appendInt(b, day, 0)
	b = append(b, ", "...)
	b = appendInt(b, hour, 0)
	b = append(b, ", "...)
	b = appendInt(b, min, 0)
	b = append(b, ", "...)
	b = appendInt(b, sec, 0)
	b = append(b, ", "...)
	b = appendInt(b, int(t.nsec), 0)
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC, nil:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, `time.Location(`...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	b = append(b, ')')
	return string(b)
}

func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return []byte(t.Format(RFC3339Nano)), nil
}

func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	return []byte(`"` + t.Format(RFC3339Nano) + `"`), nil
}

func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	var err error
	*t, err = Parse(RFC3339, string(data[1:len(data)-1]))
	return err
}

// ---------- parsing ----------

type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

func newParseError(layout, value, layoutElem, valueElem, message string) *ParseError {
	return &ParseError{layout, value, layoutElem, valueElem, message}
}

const lowerhex = "0123456789abcdef"

func quote(s string) string {
	buf := []byte{'"'}
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			width := len(string(c))
			if c == 0xFFFD {
				width = 1
				if i+2 < len(s) && s[i:i+3] == string(rune(0xFFFD)) {
					width = 3
				}
			}
			for j := 0; j < width; j++ {
				buf = append(buf, `\x`...)
				buf = append(buf, lowerhex[s[i+j]>>4])
				buf = append(buf, lowerhex[s[i+j]&0xF])
			}
		} else {
			if c == '"' || c == '\\' {
				buf = append(buf, '\\')
			}
			buf = append(buf, string(c)...)
		}
	}
	buf = append(buf, '"')
	return string(buf)
}

var errBad = errors.New("bad value for field")

func match(s1, s2 string) bool {
	for i := 0; i < len(s1); i++ {
		c1 := s1[i]
		c2 := s2[i]
		if c1 != c2 {
			c1 |= 'a' - 'A'
			c2 |= 'a' - 'A'
			if c1 != c2 || c1 < 'a' || c1 > 'z' {
				return false
			}
		}
	}
	return true
}

func lookup(tab []string, val string) (int, string, error) {
	for i, v := range tab {
		if len(val) >= len(v) && match(val[0:len(v)], v) {
			return i, val[len(v):], nil
		}
	}
	return -1, val, errBad
}

// leadingInt consumes the leading [0-9]* of s; ok is false on overflow.
func leadingInt(s string) (x uint64, rem string, ok bool) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, rem, false
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, rem, false
		}
	}
	return x, s[i:], true
}

func atoi(s string) (x int, err error) {
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	q, rem, ok := leadingInt(s)
	x = int(q)
	if !ok || len(rem) > 0 {
		return 0, errBad
	}
	if neg {
		x = -x
	}
	return x, nil
}

func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

func getnum3(s string, fixed bool) (int, string, error) {
	var n, i int
	for i = 0; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

func cutspace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix = cutspace(prefix)
			value = cutspace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

func commaOrPeriod(b byte) bool { return b == '.' || b == ',' }

func parseNanoseconds(value string, nbytes int) (ns int, rangeErrString string, err error) {
	if !commaOrPeriod(value[0]) {
		err = errBad
		return
	}
	if nbytes > 10 {
		value = value[:10]
		nbytes = 10
	}
	if ns, err = atoi(value[1:nbytes]); err != nil {
		return
	}
	if ns < 0 {
		rangeErrString = "fractional second"
		return
	}
	for i := 0; i < 10-nbytes; i++ {
		ns *= 10
	}
	return
}

func parseTimeZone(value string) (length int, ok bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		if len(value) == 3 {
			return 3, true
		}
		return 3 + parseSignedOffset(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		length = parseSignedOffset(value)
		return length, length > 0
	}
	var nUpper int
	for nUpper = 0; nUpper < 6; nUpper++ {
		if nUpper >= len(value) {
			break
		}
		if c := value[nUpper]; c < 'A' || 'Z' < c {
			break
		}
	}
	switch nUpper {
	case 0, 1, 2, 6:
		return 0, false
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 3:
		return 3, true
	}
	return 0, false
}

func parseSignedOffset(value string) int {
	sign := value[0]
	if sign != '-' && sign != '+' {
		return 0
	}
	x, rem, ok := leadingInt(value[1:])
	if !ok || value[1:] == rem || x > 23 {
		return 0
	}
	return len(value) - len(rem)
}

func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// parseState: the fields parse has found so far.
type parseState struct {
	year, month, day, yday  int
	hour, min, sec, nsec    int
	z                       *Location
	zoneOffset              int
	zoneName                string
	amSet, pmSet            bool
	rangeErr                string
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	alayout, avalue := layout, value
	p := parseState{month: -1, day: -1, yday: -1, zoneOffset: -1}
	for {
		prefix, std, suffix := nextStdChunk(layout)
		stdstr := layout[len(prefix) : len(layout)-len(suffix)]
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, newParseError(alayout, avalue, prefix, value, "")
		}
		if std == 0 {
			if len(value) != 0 {
				return Time{}, newParseError(alayout, avalue, "", value, ": extra text: "+quote(value))
			}
			break
		}
		layout = suffix
		hold := value
		value, err = p.field(std, value, layout)
		if p.rangeErr != "" {
			return Time{}, newParseError(alayout, avalue, stdstr, value, ": "+p.rangeErr+" out of range")
		}
		if err != nil {
			return Time{}, newParseError(alayout, avalue, stdstr, hold, "")
		}
	}
	return p.time(alayout, avalue, value, defaultLocation, local)
}

// field parses one standard element of the layout at the start of value.
func (p *parseState) field(std int, value, layout string) (string, error) {
	var err error
	var s string
	switch std & stdMask {
	case stdYear:
		if len(value) < 2 {
			return value, errBad
		}
		s, value = value[0:2], value[2:]
		p.year, err = atoi(s)
		if err != nil {
			break
		}
		if p.year >= 69 {
			p.year += 1900
		} else {
			p.year += 2000
		}
	case stdLongYear:
		if len(value) < 4 || !isDigit(value, 0) {
			return value, errBad
		}
		s, value = value[0:4], value[4:]
		p.year, err = atoi(s)
	case stdMonth:
		p.month, value, err = lookup(shortMonthNames, value)
		p.month++
	case stdLongMonth:
		p.month, value, err = lookup(longMonthNames, value)
		p.month++
	case stdNumMonth, stdZeroMonth:
		p.month, value, err = getnum(value, std == stdZeroMonth)
		if err == nil && (p.month <= 0 || 12 < p.month) {
			p.rangeErr = "month"
		}
	case stdWeekDay:
		_, value, err = lookup(shortDayNames, value)
	case stdLongWeekDay:
		_, value, err = lookup(longDayNames, value)
	case stdDay, stdUnderDay, stdZeroDay:
		if std == stdUnderDay && len(value) > 0 && value[0] == ' ' {
			value = value[1:]
		}
		p.day, value, err = getnum(value, std == stdZeroDay)
	case stdUnderYearDay, stdZeroYearDay:
		for i := 0; i < 2; i++ {
			if std == stdUnderYearDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
		}
		p.yday, value, err = getnum3(value, std == stdZeroYearDay)
	case stdHour:
		p.hour, value, err = getnum(value, false)
		if p.hour < 0 || 24 <= p.hour {
			p.rangeErr = "hour"
		}
	case stdHour12, stdZeroHour12:
		p.hour, value, err = getnum(value, std == stdZeroHour12)
		if p.hour < 0 || 12 < p.hour {
			p.rangeErr = "hour"
		}
	case stdMinute, stdZeroMinute:
		p.min, value, err = getnum(value, std == stdZeroMinute)
		if p.min < 0 || 60 <= p.min {
			p.rangeErr = "minute"
		}
	case stdSecond, stdZeroSecond:
		p.sec, value, err = getnum(value, std == stdZeroSecond)
		if err != nil {
			break
		}
		if p.sec < 0 || 60 <= p.sec {
			p.rangeErr = "second"
			break
		}
		// a fraction in the value but not in the layout
		if len(value) >= 2 && commaOrPeriod(value[0]) && isDigit(value, 1) {
			_, next, _ := nextStdChunk(layout)
			next &= stdMask
			if next == stdFracSecond0 || next == stdFracSecond9 {
				break
			}
			n := 2
			for ; n < len(value) && isDigit(value, n); n++ {
			}
			p.nsec, p.rangeErr, err = parseNanoseconds(value, n)
			value = value[n:]
		}
	case stdPM, stdpm:
		if len(value) < 2 {
			return value, errBad
		}
		s, value = value[0:2], value[2:]
		am, pm := "AM", "PM"
		if std&stdMask == stdpm {
			am, pm = "am", "pm"
		}
		switch s {
		case pm:
			p.pmSet = true
		case am:
			p.amSet = true
		default:
			err = errBad
		}
	case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ,
		stdNumTZ, stdNumShortTZ, stdNumColonTZ, stdNumSecondsTz, stdNumColonSecondsTZ:
		return p.zone(std, value)
	case stdTZ:
		if len(value) >= 3 && value[0:3] == "UTC" {
			p.z = UTC
			value = value[3:]
			break
		}
		n, ok := parseTimeZone(value)
		if !ok {
			return value, errBad
		}
		p.zoneName, value = value[:n], value[n:]
	case stdFracSecond0:
		ndigit := 1 + digitsLen(std)
		if len(value) < ndigit {
			return value, errBad
		}
		p.nsec, p.rangeErr, err = parseNanoseconds(value, ndigit)
		value = value[ndigit:]
	case stdFracSecond9:
		if len(value) < 2 || !commaOrPeriod(value[0]) || value[1] < '0' || '9' < value[1] {
			break
		}
		i := 0
		for i+1 < len(value) && '0' <= value[i+1] && value[i+1] <= '9' {
			i++
		}
		p.nsec, p.rangeErr, err = parseNanoseconds(value, 1+i)
		value = value[1+i:]
	}
	return value, err
}

// zone parses a numeric zone offset ("Z" too for the ISO 8601 forms).
func (p *parseState) zone(std int, value string) (string, error) {
	if (std == stdISO8601TZ || std == stdISO8601ShortTZ || std == stdISO8601ColonTZ) && len(value) >= 1 && value[0] == 'Z' {
		p.z = UTC
		return value[1:], nil
	}
	var sign, hour, min, seconds string
	switch {
	case std == stdISO8601ColonTZ || std == stdNumColonTZ:
		if len(value) < 6 || value[3] != ':' {
			return value, errBad
		}
		sign, hour, min, seconds, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
	case std == stdNumShortTZ || std == stdISO8601ShortTZ:
		if len(value) < 3 {
			return value, errBad
		}
		sign, hour, min, seconds, value = value[0:1], value[1:3], "00", "00", value[3:]
	case std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ:
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return value, errBad
		}
		sign, hour, min, seconds, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
	case std == stdISO8601SecondsTZ || std == stdNumSecondsTz:
		if len(value) < 7 {
			return value, errBad
		}
		sign, hour, min, seconds, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
	default:
		if len(value) < 5 {
			return value, errBad
		}
		sign, hour, min, seconds, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
	}
	hr, _, err := getnum(hour, true)
	var mm, ss int
	if err == nil {
		mm, _, err = getnum(min, true)
	}
	if err == nil {
		ss, _, err = getnum(seconds, true)
	}
	p.zoneOffset = (hr*60+mm)*60 + ss
	switch sign[0] {
	case '+':
	case '-':
		p.zoneOffset = -p.zoneOffset
	default:
		err = errBad
	}
	return value, err
}

// time builds the instant from the parsed fields.
func (p *parseState) time(alayout, avalue, value string, defaultLocation, local *Location) (Time, error) {
	if p.pmSet && p.hour < 12 {
		p.hour += 12
	} else if p.amSet && p.hour == 12 {
		p.hour = 0
	}
	if p.yday >= 0 {
		var d, m int
		if isLeap(p.year) {
			if p.yday == 31+29 {
				m = int(February)
				d = 29
			} else if p.yday > 31+29 {
				p.yday--
			}
		}
		if p.yday < 1 || p.yday > 365 {
			return Time{}, newParseError(alayout, avalue, "", value, ": day-of-year out of range")
		}
		if m == 0 {
			m = (p.yday-1)/31 + 1
			if daysBefore[m] < p.yday {
				m++
			}
			d = p.yday - daysBefore[m-1]
		}
		if p.month >= 0 && p.month != m {
			return Time{}, newParseError(alayout, avalue, "", value, ": day-of-year does not match month")
		}
		p.month = m
		if p.day >= 0 && p.day != d {
			return Time{}, newParseError(alayout, avalue, "", value, ": day-of-year does not match day")
		}
		p.day = d
	} else {
		if p.month < 0 {
			p.month = int(January)
		}
		if p.day < 0 {
			p.day = 1
		}
	}
	if p.day < 1 || p.day > daysIn(Month(p.month), p.year) {
		return Time{}, newParseError(alayout, avalue, "", value, ": day out of range")
	}
	if p.z != nil {
		return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, p.z), nil
	}
	if p.zoneOffset != -1 {
		t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
		t.sec -= int64(p.zoneOffset)
		name, offset := local.lookup(t.sec + internalToUnix)
		if offset == p.zoneOffset && (p.zoneName == "" || name == p.zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(p.zoneName, p.zoneOffset))
		return t, nil
	}
	if p.zoneName != "" {
		t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
		name, offset := local.lookup(t.sec + internalToUnix)
		if name == p.zoneName {
			t.sec -= int64(offset)
			t.setLoc(local)
			return t, nil
		}
		offset = 0
		if len(p.zoneName) > 3 && p.zoneName[:3] == "GMT" {
			offset, _ = atoi(p.zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(p.zoneName, offset))
		return t, nil
	}
	return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, defaultLocation), nil
}

// leadingFraction consumes the leading [0-9]* of s as a fraction.
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

func unitOf(u string) (uint64, bool) {
	switch u {
	case "ns":
		return uint64(Nanosecond), true
	case "us", "µs", "μs":
		return uint64(Microsecond), true
	case "ms":
		return uint64(Millisecond), true
	case "s":
		return uint64(Second), true
	case "m":
		return uint64(Minute), true
	case "h":
		return uint64(Hour), true
	}
	return 0, false
}

func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pl := len(s)
		var ok bool
		v, s, ok = leadingInt(s)
		if !ok {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			f, scale, s = leadingFraction(s)
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitOf(u)
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}

