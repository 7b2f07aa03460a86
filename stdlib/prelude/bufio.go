// Package bufio: buffered input and output. Scanner and Reader read an
// *os.File through the native readFile (stdlib/bufio.c) or any value
// with a Read method; Writer buffers in a strings.Builder until Flush.
// Input is kept as a string (one byte per byte), and split functions see
// a bounded window of it, as Go's buffer does.
package bufio

// Multi-value calls with arguments are assigned with var + = rather than
// := here (see strings.go).

const MaxScanTokenSize = 64 * 1024

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrFinalToken      = errors.New("final token")
	errEOF             = errors.New("EOF")
)

type reader interface {
	Read(p []byte) (n int, err error)
}

type writer interface {
	Write(p []byte) (n int, err error)
}

func readFile(f *os.File, max int) (string, bool)

// source reads chunks from a file or a reader.
type source struct {
	f   *os.File
	r   reader
	eof bool
	err error
}

func newSource(r any) source {
	if f, ok := r.(*os.File); ok {
		return source{f: f}
	}
	if rd, ok := r.(reader); ok {
		return source{r: rd}
	}
	panic("bufio: reader has no Read method")
}

func (s *source) more() string {
	if s.eof {
		return ""
	}
	if s.f != nil {
		var data string
		var eof bool
		data, eof = readFile(s.f, 65536)
		s.eof = eof
		return data
	}
	buf := make([]byte, 4096)
	var n int
	var err error
	n, err = s.r.Read(buf)
	if err != nil {
		s.eof = true
		if err != errEOF && err.Error() != "EOF" {
			s.err = err
		}
	}
	return string(buf[:n])
}

type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

type Scanner struct {
	src   source
	buf   string
	start int
	tok   string
	split SplitFunc
	lines bool
	max   int
	err   error
	done  bool
}

func NewScanner(r any) *Scanner {
	return &Scanner{src: newSource(r), lines: true, max: MaxScanTokenSize}
}

func (s *Scanner) Split(split SplitFunc) {
	s.split = split
	s.lines = false
}

func (s *Scanner) Buffer(buf []byte, max int) { s.max = max }

func (s *Scanner) Text() string  { return s.tok }
func (s *Scanner) Bytes() []byte { return []byte(s.tok) }

func (s *Scanner) Err() error {
	if s.err != nil {
		return s.err
	}
	return s.src.err
}

// fill appends more input; false at end of input.
func (s *Scanner) fill() bool {
	if s.src.eof {
		return false
	}
	if s.start > 0 {
		s.buf = s.buf[s.start:]
		s.start = 0
	}
	s.buf += s.src.more()
	return true
}

func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	if s.lines {
		return s.scanLine()
	}
	return s.scanSplit()
}

func (s *Scanner) scanLine() bool {
	from := s.start
	for {
		i := strings.IndexByte(s.buf[from:], '\n')
		if i >= 0 {
			line := s.buf[s.start : from+i]
			s.start = from + i + 1
			s.tok = strings.TrimSuffix(line, "\r")
			return true
		}
		from = len(s.buf) - s.start
		if !s.fill() {
			break
		}
		if len(s.buf) > s.max {
			s.err = ErrTooLong
			s.done = true
			return false
		}
	}
	s.done = true
	if s.start < len(s.buf) {
		s.tok = strings.TrimSuffix(s.buf[s.start:], "\r")
		s.start = len(s.buf)
		return true
	}
	return false
}

func (s *Scanner) scanSplit() bool {
	window := 4096
	for {
		rest := s.buf[s.start:]
		atEOF := s.src.eof
		if len(rest) > window {
			rest = rest[:window]
			atEOF = false
		}
		if len(rest) > 0 || atEOF {
			var adv int
			var tok []byte
			var err error
			adv, tok, err = s.split([]byte(rest), atEOF)
			if err != nil {
				s.done = true
				if err == ErrFinalToken {
					s.tok = string(tok)
					return tok != nil
				}
				s.err = err
				return false
			}
			if adv < 0 {
				s.err = ErrNegativeAdvance
				s.done = true
				return false
			}
			if adv > len(rest) {
				s.err = ErrAdvanceTooFar
				s.done = true
				return false
			}
			s.start += adv
			if tok != nil {
				s.tok = string(tok)
				return true
			}
			if adv > 0 {
				continue
			}
			if atEOF {
				s.done = true
				return false
			}
		}
		if len(s.buf)-s.start > window {
			window *= 2
			if window > s.max*2 {
				s.err = ErrTooLong
				s.done = true
				return false
			}
			continue
		}
		s.fill()
	}
}

func dropCR(data []byte) []byte {
	if len(data) > 0 && data[len(data)-1] == '\r' {
		return data[0 : len(data)-1]
	}
	return data
}

func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	for i := 0; i < len(data); i++ {
		if data[i] == '\n' {
			return i + 1, dropCR(data[0:i]), nil
		}
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	var r rune
	var width int
	r, width = utf8.DecodeRune(data)
	if width > 1 {
		return width, data[0:width], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	_ = r
	return 1, []byte(string(utf8.RuneError)), nil
}

func isSpace(r rune) bool { return unicode.IsSpace(r) }

func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	s := string(data)
	start := 0
	for start < len(s) {
		var r rune
		var w int
		r, w = utf8.DecodeRuneInString(s[start:])
		if !isSpace(r) {
			break
		}
		start += w
	}
	for i := start; i < len(s); {
		var r rune
		var w int
		r, w = utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			return i + w, data[start:i], nil
		}
		i += w
	}
	if atEOF && len(s) > start {
		return len(s), data[start:], nil
	}
	return start, nil, nil
}

// Reader reads strings, lines, bytes and runes.
type Reader struct {
	src   source
	buf   string
	start int
}

func NewReader(r any) *Reader { return &Reader{src: newSource(r)} }

func NewReaderSize(r any, size int) *Reader { return NewReader(r) }

func (b *Reader) fill() bool {
	if b.src.eof {
		return false
	}
	if b.start > 0 {
		b.buf = b.buf[b.start:]
		b.start = 0
	}
	b.buf += b.src.more()
	return true
}

func (b *Reader) ReadString(delim byte) (string, error) {
	from := b.start
	for {
		i := strings.IndexByte(b.buf[from:], delim)
		if i >= 0 {
			s := b.buf[b.start : from+i+1]
			b.start = from + i + 1
			return s, nil
		}
		from = len(b.buf) - b.start
		if !b.fill() {
			break
		}
		from += b.start
	}
	s := b.buf[b.start:]
	b.start = len(b.buf)
	if b.src.err != nil {
		return s, b.src.err
	}
	return s, errEOF
}

func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	var s string
	var err error
	s, err = b.ReadString(delim)
	return []byte(s), err
}

func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	var s string
	s, err = b.ReadString('\n')
	if len(s) == 0 && err != nil {
		return nil, false, err
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "\n"), "\r")
	return []byte(s), false, nil
}

func (b *Reader) ReadByte() (byte, error) {
	for b.start >= len(b.buf) {
		if !b.fill() {
			return 0, errEOF
		}
	}
	c := b.buf[b.start]
	b.start++
	return c, nil
}

func (b *Reader) ReadRune() (r rune, size int, err error) {
	for len(b.buf)-b.start < utf8.UTFMax && !utf8.FullRuneInString(b.buf[b.start:]) && b.fill() {
	}
	if b.start >= len(b.buf) {
		return 0, 0, errEOF
	}
	r, size = utf8.DecodeRuneInString(b.buf[b.start:])
	b.start += size
	return r, size, nil
}

func (b *Reader) Read(p []byte) (n int, err error) {
	if b.start >= len(b.buf) && !b.fill() {
		return 0, errEOF
	}
	n = copy(p, b.buf[b.start:])
	b.start += n
	return n, nil
}

// Writer buffers output until Flush (or until the buffer is large).
type Writer struct {
	w   writer
	buf strings.Builder
}

func NewWriter(w writer) *Writer { return &Writer{w: w} }

func NewWriterSize(w writer, size int) *Writer { return NewWriter(w) }

func (b *Writer) Flush() error {
	if b.buf.Len() == 0 {
		return nil
	}
	s := b.buf.String()
	b.buf.Reset()
	var err error
	_, err = b.w.Write([]byte(s))
	return err
}

func (b *Writer) spill() {
	if b.buf.Len() >= 65536 {
		b.Flush()
	}
}

func (b *Writer) WriteString(s string) (int, error) {
	b.buf.WriteString(s)
	b.spill()
	return len(s), nil
}

func (b *Writer) Write(p []byte) (int, error) {
	b.buf.Write(p)
	b.spill()
	return len(p), nil
}

func (b *Writer) WriteByte(c byte) error {
	b.buf.WriteByte(c)
	b.spill()
	return nil
}

func (b *Writer) WriteRune(r rune) (int, error) {
	n, _ := b.buf.WriteRune(r)
	b.spill()
	return n, nil
}

func (b *Writer) Buffered() int { return b.buf.Len() }
