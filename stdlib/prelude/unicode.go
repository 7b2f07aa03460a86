// Package unicode: rune classes and case mapping. The classifiers are
// natives (stdlib/unicode.c): exact for Latin-1, glibc's tables beyond.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

func IsSpace(r rune) bool
func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsPunct(r rune) bool
func IsControl(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune

func IsTitle(r rune) bool {
	return r == 0x1C5 || r == 0x1C8 || r == 0x1CB || r == 0x1F2
}

func IsMark(r rune) bool {
	return r >= 0x300 && r <= 0x36F || r >= 0x1AB0 && r <= 0x1AFF || r >= 0x1DC0 && r <= 0x1DFF ||
		r >= 0x20D0 && r <= 0x20FF || r >= 0xFE20 && r <= 0xFE2F
}

func IsSymbol(r rune) bool {
	if r < 0x100 {
		switch r {
		case '$', '+', '<', '=', '>', '^', '`', '|', '~', 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA8, 0xA9, 0xAC, 0xAE,
			0xAF, 0xB0, 0xB1, 0xB4, 0xB8, 0xD7, 0xF7:
			return true
		}
		return false
	}
	return IsGraphic(r) && !IsLetter(r) && !IsNumber(r) && !IsPunct(r) && !IsMark(r) && !IsSpace(r)
}

func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// RangeTable: a set of runes as sorted ranges. The tables the package
// exports (Letter, Lu, Han, ...) are Go's, kept in C
// (stdlib/unicode_tables.c) and named by id; a program's own tables use
// R16 and R32 as in Go.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	id          int
}

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

func inTable(id int, r rune) bool

// Is reports whether r is in rangeTab.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.id != 0 {
		return inTable(rangeTab.id, r)
	}
	for _, g := range rangeTab.R16 {
		if r < rune(g.Lo) {
			return false
		}
		if r <= rune(g.Hi) {
			return g.Stride == 1 || (r-rune(g.Lo))%rune(g.Stride) == 0
		}
	}
	for _, g := range rangeTab.R32 {
		if r < rune(g.Lo) {
			return false
		}
		if r <= rune(g.Hi) {
			return g.Stride == 1 || (r-rune(g.Lo))%rune(g.Stride) == 0
		}
	}
	return false
}

// In reports whether r is in one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

func IsOneOf(ranges []*RangeTable, r rune) bool { return In(r, ranges...) }
