// Package bytes: byte slices, as Go's. The searching and case functions
// reuse package strings (a []byte converted to string for the question
// only); the functions returning pieces of their argument (Trim*, Split*,
// Fields, Cut, TrimPrefix...) return subslices of it, sharing its bytes,
// with the capacities Go gives them. Buffer and Reader follow Go's
// bytes/buffer.go and reader.go.
package bytes

const MinRead = 512

var ErrTooLarge = errors.New("bytes.Buffer: too large")
var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")
var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// ---------- questions ----------

func Equal(a, b []byte) bool                   { return string(a) == string(b) }
func Compare(a, b []byte) int                  { return strings.Compare(string(a), string(b)) }
func Contains(b, subslice []byte) bool         { return strings.Contains(string(b), string(subslice)) }
func ContainsAny(b []byte, chars string) bool  { return strings.ContainsAny(string(b), chars) }
func ContainsRune(b []byte, r rune) bool       { return strings.ContainsRune(string(b), r) }
func ContainsFunc(b []byte, f func(rune) bool) bool { return strings.ContainsFunc(string(b), f) }
func Count(s, sep []byte) int                  { return strings.Count(string(s), string(sep)) }
func HasPrefix(s, prefix []byte) bool          { return strings.HasPrefix(string(s), string(prefix)) }
func HasSuffix(s, suffix []byte) bool          { return strings.HasSuffix(string(s), string(suffix)) }
func Index(s, sep []byte) int                  { return strings.Index(string(s), string(sep)) }
func IndexAny(s []byte, chars string) int      { return strings.IndexAny(string(s), chars) }
func IndexByte(b []byte, c byte) int           { return strings.IndexByte(string(b), c) }
func IndexRune(s []byte, r rune) int           { return strings.IndexRune(string(s), r) }
func IndexFunc(s []byte, f func(r rune) bool) int { return strings.IndexFunc(string(s), f) }
func LastIndex(s, sep []byte) int              { return strings.LastIndex(string(s), string(sep)) }
func LastIndexAny(s []byte, chars string) int  { return strings.LastIndexAny(string(s), chars) }
func LastIndexByte(s []byte, c byte) int       { return strings.LastIndexByte(string(s), c) }
func LastIndexFunc(s []byte, f func(r rune) bool) int { return strings.LastIndexFunc(string(s), f) }
func EqualFold(s, t []byte) bool               { return strings.EqualFold(string(s), string(t)) }

// ---------- new slices ----------

func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	return []byte(strings.Repeat(string(b), count))
}

func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	var out []byte
	for i, v := range s {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, v...)
	}
	if out == nil {
		out = []byte{}
	}
	return out
}

func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(string(s))) }
func ToLower(s []byte) []byte { return []byte(strings.ToLower(string(s))) }
func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(string(s))) }
func Title(s []byte) []byte   { return []byte(strings.Title(string(s))) }
func ToValidUTF8(s, replacement []byte) []byte {
	return []byte(strings.ToValidUTF8(string(s), string(replacement)))
}
func Map(mapping func(r rune) rune, s []byte) []byte { return []byte(strings.Map(mapping, string(s))) }
func Runes(s []byte) []rune                           { return []rune(string(s)) }

func Replace(s, old, new []byte, n int) []byte {
	return []byte(strings.Replace(string(s), string(old), string(new), n))
}
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// ---------- pieces of s ----------

// sub: s[i:j] with its capacity cut at j, as Go's pieces are.
func sub(s []byte, i, j int) []byte { return s[i:j:j] }

func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	parts := strings.SplitN(string(s), string(sep), n)
	if parts == nil {
		return nil
	}
	out := make([][]byte, len(parts))
	off := 0
	for i, p := range parts {
		end := off + len(p)
		if i < len(parts)-1 {
			if len(sep) > 0 {
				end += sepSave
			}
			out[i] = sub(s, off, end)
			if len(sep) > 0 {
				off += len(p) + len(sep)
			} else {
				off += len(p)
			}
		} else {
			out[i] = s[off:]
		}
	}
	if len(sep) == 0 {
		for i := range out {
			out[i] = out[i][:len(out[i]):len(out[i])]
		}
	}
	return out
}

func Split(s, sep []byte) [][]byte          { return genSplit(s, sep, 0, -1) }
func SplitN(s, sep []byte, n int) [][]byte  { return genSplit(s, sep, 0, n) }
func SplitAfter(s, sep []byte) [][]byte     { return genSplitAfter(s, sep, -1) }
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplitAfter(s, sep, n) }

func genSplitAfter(s, sep []byte, n int) [][]byte {
	parts := strings.SplitAfterN(string(s), string(sep), n)
	if parts == nil {
		return nil
	}
	out := make([][]byte, len(parts))
	off := 0
	for i, p := range parts {
		if i < len(parts)-1 {
			out[i] = sub(s, off, off+len(p))
		} else {
			out[i] = s[off:]
		}
		off += len(p)
	}
	return out
}

func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var out [][]byte
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				out = append(out, sub(s, start, i))
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		out = append(out, sub(s, start, len(s)))
	}
	return out
}

func Fields(s []byte) [][]byte {
	out := FieldsFunc(s, unicode.IsSpace)
	if out == nil {
		return [][]byte{}
	}
	return out
}

func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// trimmed: s without what strings' left and right trims removed (nil
// when nothing is left, as Go's do).
func trimmed(s []byte, left, right string) []byte {
	start := len(s) - len(left)
	end := start + len(right)
	if start >= end {
		return nil
	}
	return s[start:end]
}

func TrimSpace(s []byte) []byte {
	l := strings.TrimLeftFunc(string(s), unicode.IsSpace)
	return trimmed(s, l, strings.TrimRightFunc(l, unicode.IsSpace))
}

func Trim(s []byte, cutset string) []byte {
	l := strings.TrimLeft(string(s), cutset)
	return trimmed(s, l, strings.TrimRight(l, cutset))
}

func TrimLeft(s []byte, cutset string) []byte {
	l := strings.TrimLeft(string(s), cutset)
	return trimmed(s, l, l)
}

func TrimRight(s []byte, cutset string) []byte {
	r := strings.TrimRight(string(s), cutset)
	if len(r) == 0 {
		return nil
	}
	return s[:len(r)]
}

func TrimFunc(s []byte, f func(r rune) bool) []byte {
	l := strings.TrimLeftFunc(string(s), f)
	return trimmed(s, l, strings.TrimRightFunc(l, f))
}

func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	l := strings.TrimLeftFunc(string(s), f)
	return trimmed(s, l, l)
}

func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	r := strings.TrimRightFunc(string(s), f)
	return s[:len(r)]
}

// ---------- Buffer ----------

type readOp int8

const (
	opRead      readOp = -1
	opInvalid   readOp = 0
	opReadRune1 readOp = 1
	opReadRune2 readOp = 2
	opReadRune3 readOp = 3
	opReadRune4 readOp = 4
)

const smallBufferSize = 64

// A Buffer is a variable-sized buffer of bytes with Read and Write
// methods; the zero value is an empty buffer ready to use.
type Buffer struct {
	buf      []byte
	off      int
	lastRead readOp
}

func NewBuffer(buf []byte) *Buffer       { return &Buffer{buf: buf} }
func NewBufferString(s string) *Buffer   { return &Buffer{buf: []byte(s)} }
func (b *Buffer) Bytes() []byte          { return b.buf[b.off:] }
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }
func (b *Buffer) Len() int               { return len(b.buf) - b.off }
func (b *Buffer) Cap() int               { return cap(b.buf) }
func (b *Buffer) Available() int         { return cap(b.buf) - len(b.buf) }
func (b *Buffer) empty() bool            { return len(b.buf) <= b.off }

func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = opInvalid
}

func (b *Buffer) tryGrowByReslice(n int) (int, bool) {
	if l := len(b.buf); n <= cap(b.buf)-l {
		b.buf = b.buf[:l+n]
		return l, true
	}
	return 0, false
}

func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if i, ok := b.tryGrowByReslice(n); ok {
		return i
	}
	if b.buf == nil && n <= smallBufferSize {
		b.buf = make([]byte, n, smallBufferSize)
		return 0
	}
	c := cap(b.buf)
	if n <= c/2-m {
		copy(b.buf, b.buf[b.off:])
	} else if c > math.MaxInt-c-n {
		panic(ErrTooLarge)
	} else {
		b.buf = growSlice(b.buf[b.off:], b.off+n)
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

func growSlice(b []byte, n int) []byte {
	c := len(b) + n
	if c < 2*cap(b) {
		c = 2 * cap(b)
	}
	b2 := make([]byte, c)
	copy(b2, b)
	return b2[:len(b)]
}

func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	m, ok := b.tryGrowByReslice(len(p))
	if !ok {
		m = b.grow(len(p))
	}
	return copy(b.buf[m:], p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	m, ok := b.tryGrowByReslice(len(s))
	if !ok {
		m = b.grow(len(s))
	}
	return copy(b.buf[m:], s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	m, ok := b.tryGrowByReslice(1)
	if !ok {
		m = b.grow(1)
	}
	b.buf[m] = c
	return nil
}

func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = opInvalid
	m, ok := b.tryGrowByReslice(utf8.UTFMax)
	if !ok {
		m = b.grow(utf8.UTFMax)
	}
	b.buf = utf8.AppendRune(b.buf[:m], r)
	return len(b.buf) - m, nil
}

func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for {
		i := b.grow(MinRead)
		b.buf = b.buf[:i]
		m, e := r.Read(b.buf[i:cap(b.buf)])
		if m < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:i+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opInvalid
	if nBytes := b.Len(); nBytes > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > nBytes {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != nBytes {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if b.empty() {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return n, nil
}

func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return data
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.empty() {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = opRead
	return c, nil
}

func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.empty() {
		b.Reset()
		return 0, 0, io.EOF
	}
	c := b.buf[b.off]
	if c < utf8.RuneSelf {
		b.off++
		b.lastRead = opReadRune1
		return rune(c), 1, nil
	}
	r, n := utf8.DecodeRune(b.buf[b.off:])
	b.off += n
	b.lastRead = readOp(n)
	return r, n, nil
}

func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opInvalid {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= int(b.lastRead) {
		b.off -= int(b.lastRead)
	}
	b.lastRead = opInvalid
	return nil
}

func (b *Buffer) UnreadByte() error {
	if b.lastRead == opInvalid {
		return errUnreadByte
	}
	b.lastRead = opInvalid
	if b.off > 0 {
		b.off--
	}
	return nil
}

func (b *Buffer) readSlice(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = opRead
	return line, err
}

func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	slice, err := b.readSlice(delim)
	line = append(line, slice...)
	return line, err
}

func (b *Buffer) ReadString(delim byte) (line string, err error) {
	slice, err := b.readSlice(delim)
	return string(slice), err
}

// ---------- Reader ----------

type Reader struct {
	s        []byte
	i        int64
	prevRune int
}

func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

func (r *Reader) Size() int64      { return int64(len(r.s)) }
func (r *Reader) Reset(b []byte)   { *r = Reader{b, 0, -1} }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return
}

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	ch, size = utf8.DecodeRune(r.s[r.i:])
	r.i += int64(size)
	return
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if r.prevRune < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
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
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	b := r.s[r.i:]
	m, err := w.Write(b)
	if m > len(b) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(b) && err == nil {
		err = io.ErrShortWrite
	}
	return
}
