// Package strconv: conversions to and from strings, as Go's. Formatting,
// parsing and quoting are natives over stdlib/numconv.c (Go-exact); this
// file builds the *NumError values and holds Unquote and the Append forms.
package strconv

// Multi-value calls with arguments are assigned with var + = rather than
// := here: the young compiler gives both variables the first result of
// `a, b := f(x)`.

const IntSize = 64

var ErrRange = errors.New("value out of range")
var ErrSyntax = errors.New("invalid syntax")

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func Itoa(i int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool

func parseInt(s string, base, bitSize int) (int64, int)
func parseUint(s string, base, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// numError maps a numconv code (1 syntax, 2 range, 3 base, 4 bit size).
func numError(fn, s string, code, base, bitSize int) error {
	switch code {
	case 1:
		return &NumError{fn, s, ErrSyntax}
	case 2:
		return &NumError{fn, s, ErrRange}
	case 3:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func ParseInt(s string, base int, bitSize int) (int64, error) {
	var v int64
	var code int
	v, code = parseInt(s, base, bitSize)
	if code != 0 {
		return v, numError("ParseInt", s, code, base, bitSize)
	}
	return v, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	var v uint64
	var code int
	v, code = parseUint(s, base, bitSize)
	if code != 0 {
		return v, numError("ParseUint", s, code, base, bitSize)
	}
	return v, nil
}

func Atoi(s string) (int, error) {
	var v int64
	var code int
	v, code = parseInt(s, 10, 0)
	if code != 0 {
		return int(v), numError("Atoi", s, code, 10, 0)
	}
	return int(v), nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	var v float64
	var code int
	v, code = parseFloat(s, bitSize)
	if code != 0 {
		return v, numError("ParseFloat", s, code, 10, bitSize)
	}
	return v, nil
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }
func AppendUint(dst []byte, i uint64, base int) []byte { return append(dst, FormatUint(i, base)...) }
func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }
func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }
func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape of s (Go's rules).
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		err = ErrSyntax
		return
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		err = ErrSyntax
		return
	case c >= utf8.RuneSelf:
		var r rune
		var size int
		r, size = utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		err = ErrSyntax
		return
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 0
		switch c {
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'U':
			n = 8
		}
		var v rune
		if len(s) < n {
			err = ErrSyntax
			return
		}
		for j := 0; j < n; j++ {
			var x rune
			var ok bool
			x, ok = unhex(s[j])
			if !ok {
				err = ErrSyntax
				return
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			err = ErrSyntax
			return
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			err = ErrSyntax
			return
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				err = ErrSyntax
				return
			}
			v = (v << 3) | x
		}
		s = s[2:]
		if v > 255 {
			err = ErrSyntax
			return
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			err = ErrSyntax
			return
		}
		value = rune(c)
	default:
		err = ErrSyntax
		return
	}
	tail = s
	return
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go
// string literal and returns the value it quotes.
func Unquote(in string) (string, error) {
	if len(in) < 2 {
		return "", ErrSyntax
	}
	quote := in[0]
	end := strings.IndexByte(in[1:], quote)
	if end < 0 {
		return "", ErrSyntax
	}
	end += 2
	switch quote {
	case '`':
		if end != len(in) {
			return "", ErrSyntax
		}
		return strings.ReplaceAll(in[1:end-1], "\r", ""), nil
	case '"', '\'':
		body := in[1 : end-1]
		if end == len(in) && !strings.Contains(body, "\\") && !strings.Contains(body, "\n") {
			if quote == '"' && utf8.ValidString(body) {
				return body, nil
			}
			if quote == '\'' {
				var r rune
				var n int
				r, n = utf8.DecodeRuneInString(body)
				if n == len(body) && n > 0 && (r != utf8.RuneError || n != 1) {
					return body, nil
				}
			}
		}
		var buf []byte
		s := in[1:]
		for len(s) > 0 && s[0] != quote {
			var r rune
			var multibyte bool
			var rem string
			var err error
			r, multibyte, rem, err = UnquoteChar(s, quote)
			if s[0] == '\n' || err != nil {
				return "", ErrSyntax
			}
			s = rem
			if r < utf8.RuneSelf || !multibyte {
				buf = append(buf, byte(r))
			} else {
				buf = append(buf, string(r)...)
			}
			if quote == '\'' {
				break
			}
		}
		if !(len(s) > 0 && s[0] == quote) || len(s) != 1 {
			return "", ErrSyntax
		}
		return string(buf), nil
	}
	return "", ErrSyntax
}
