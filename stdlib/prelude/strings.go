// Package strings: Go's string functions. Searching, splitting, joining,
// case mapping and the Builder's buffer are natives (stdlib/strings.c);
// the rune-callback functions (FieldsFunc, TrimFunc, Map...) and the small
// compositions are written here in Go.
package strings

// Multi-value calls with arguments are assigned with var + = rather than
// := here: the young compiler gives both variables the first result of
// `a, b := f(x)`.

func Index(s, substr string) int
func Contains(s, substr string) bool
func Count(s, substr string) int
func LastIndex(s, substr string) int
func IndexByte(s string, c byte) int
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Join(elems []string, sep string) string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ToUpper(s string) string
func ToLower(s string) string
func ToTitle(s string) string
func TrimSpace(s string) string
func Fields(s string) []string
func EqualFold(s, t string) bool

func genSplit(s, sep string, sepSave, n int) []string
func trim(s, cutset string, which int) string

func Split(s, sep string) []string           { return genSplit(s, sep, 0, -1) }
func SplitN(s, sep string, n int) []string   { return genSplit(s, sep, 0, n) }
func SplitAfter(s, sep string) []string      { return genSplit(s, sep, len(sep), -1) }
func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }
func ReplaceAll(s, old, new string) string   { return Replace(s, old, new, -1) }
func Trim(s, cutset string) string           { return trim(s, cutset, 3) }
func TrimLeft(s, cutset string) string       { return trim(s, cutset, 1) }
func TrimRight(s, cutset string) string      { return trim(s, cutset, 2) }
func ContainsRune(s string, r rune) bool     { return IndexRune(s, r) >= 0 }
func ContainsAny(s, chars string) bool       { return IndexAny(s, chars) >= 0 }

func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}

func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

func IndexRune(s string, r rune) int {
	if r >= 0 && r < 0x80 {
		return IndexByte(s, byte(r))
	}
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		var r rune
		var size int
		r, size = utf8.DecodeLastRuneInString(s[:i]) // not := (compiler bug)
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		var r rune
		var size int
		r, size = utf8.DecodeLastRuneInString(s[:i]) // not := (compiler bug)
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

func TrimRightFunc(s string, f func(rune) bool) string {
	i := len(s)
	for i > 0 {
		var r rune
		var size int
		r, size = utf8.DecodeLastRuneInString(s[:i]) // not := (compiler bug)
		if !f(r) {
			break
		}
		i -= size
	}
	return s[:i]
}

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func FieldsFunc(s string, f func(rune) bool) []string {
	var out []string
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func Map(mapping func(rune) rune, s string) string {
	var b Builder
	for _, c := range s {
		r := mapping(c)
		if r >= 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Title upper-cases the first letter of each word (deprecated in Go, kept).
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		if isSeparator(prev) {
			prev = r
			return unicode.ToTitle(r)
		}
		prev = r
		return r
	}, s)
}

func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9':
			return false
		case 'a' <= r && r <= 'z':
			return false
		case 'A' <= r && r <= 'Z':
			return false
		case r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Builder accumulates bytes in a C-side buffer held by its first field
// (stdlib/strings.c); the zero value is ready to use. addr is the
// Builder's own address once written to: a copy that is written to panics
// as Go's does ("illegal use of non-zero Builder copied by value").
type Builder struct {
	buf  *byte
	addr *Builder
}

func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Cap() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)

// Replacer replaces a list of strings with replacements, trying the pairs
// in argument order at each position (Go's generic algorithm's result).
type Replacer struct {
	oldnew []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

func (r *Replacer) Replace(s string) string {
	var b Builder
	i := 0
	last := 0
	for i <= len(s) {
		matched := false
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if HasPrefix(s[i:], old) {
				b.WriteString(s[last:i])
				b.WriteString(r.oldnew[k+1])
				matched = true
				if old == "" {
					if i < len(s) {
						b.WriteByte(s[i])
					}
					i++
				} else {
					i += len(old)
				}
				last = i
				break
			}
		}
		if !matched {
			i++
		}
	}
	if last < len(s) {
		b.WriteString(s[last:])
	}
	return b.String()
}

func (r *Replacer) WriteString(w interface {
	Write(p []byte) (n int, err error)
}, s string) (n int, err error) {
	n, err = w.Write([]byte(r.Replace(s))) // not `return f()`: compiler bug
	return n, err
}

// Reader reads from a string (io.Reader, ReaderAt, ByteScanner,
// RuneScanner, Seeker, WriterTo), with Go's error texts.
type Reader struct {
	s        string
	i        int64
	prevRune int
}

func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, errEOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, errEOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = errEOF
	}
	return
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, errEOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, errEOF
	}
	r.prevRune = int(r.i)
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.i + offset
	case io.SeekEnd:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	s := r.s[r.i:]
	m, err := io.WriteString(w, s)
	if m > len(s) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(s) && err == nil {
		err = io.ErrShortWrite
	}
	return
}

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// ToValidUTF8 replaces each run of invalid UTF-8 bytes by replacement.
func ToValidUTF8(s, replacement string) string {
	var b Builder
	invalid := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b.WriteByte(c)
			continue
		}
		_, wid := utf8.DecodeRuneInString(s[i:])
		if wid == 1 {
			i++
			if !invalid {
				invalid = true
				b.WriteString(replacement)
			}
			continue
		}
		invalid = false
		b.WriteString(s[i : i+wid])
		i += wid
	}
	return b.String()
}

// errEOF is io.EOF (a short name kept for the code above).
var errEOF = io.EOF
