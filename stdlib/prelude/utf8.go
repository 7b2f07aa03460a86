// path: unicode/utf8
// Package unicode/utf8: UTF-8 encoding and decoding, in Go over the
// string's bytes (counting runes is native: stdlib/utf8.c).
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func RuneCountInString(s string) int
func DecodeRuneInString(s string) (rune, int)
func ValidString(s string) bool

func RuneCount(p []byte) int { return RuneCountInString(string(p)) }

func DecodeRune(p []byte) (rune, int) {
	if len(p) > UTFMax {
		p = p[:UTFMax]
	}
	var r rune
	var size int
	r, size = DecodeRuneInString(string(p)) // not `return f()`: compiler bug
	return r, size
}

func DecodeLastRuneInString(s string) (rune, int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	var r rune
	var size int
	r, size = DecodeRuneInString(s[start:end]) // not := (compiler bug)
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

func DecodeLastRune(p []byte) (rune, int) {
	if len(p) > UTFMax {
		p = p[len(p)-UTFMax:]
	}
	var r rune
	var size int
	r, size = DecodeLastRuneInString(string(p)) // not `return f()`: compiler bug
	return r, size
}

func Valid(p []byte) bool { return ValidString(string(p)) }

func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func FullRune(p []byte) bool { return FullRuneInString(string(p)) }

func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	var r rune
	var size int
	r, size = DecodeRuneInString(s) // not := (compiler bug)
	if r != RuneError || size != 1 {
		return true
	}
	// an invalid first byte, or a valid prefix cut short
	c := s[0]
	need := 0
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 2
	case c >= 0xE0 && c <= 0xEF:
		need = 3
	case c >= 0xF0 && c <= 0xF4:
		need = 4
	default:
		return true
	}
	if len(s) >= need {
		return true
	}
	for i := 1; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			return true
		}
	}
	return false
}

func ValidRune(r rune) bool {
	return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= MaxRune
}

func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	s := string(r)
	_ = p[len(s)-1]
	return copy(p, s)
}

func AppendRune(p []byte, r rune) []byte {
	if !ValidRune(r) {
		r = RuneError
	}
	return append(p, string(r)...)
}
