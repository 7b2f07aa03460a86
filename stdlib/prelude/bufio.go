// Package bufio: buffered input and output, as Go's.
//
// Scanner, Reader and Writer keep Go's buffers: the same sizes (4096
// bytes to start, a Scanner's growing by doubling up to its maximum token
// size), the same reads (never more than the free space of the buffer)
// and the same writes (a Writer passes on what it holds when it is full,
// and large writes directly). So what a program sees is Go's: where a
// Scanner stops with ErrTooLong, what a second reader of the same file
// still gets (the bytes a buffer took are gone, as in Go), when buffered
// output reaches the writer below, and the errors (a read error, a
// Writer's first write error, which sticks). The buffers are strings (a
// Scanner's and a Reader's holds the bytes from the start of Go's buffer
// to its end of data) and an *os.File is read by the native readFile
// (stdlib/os.c) without a []byte in between.
package bufio

const (
	MaxScanTokenSize         = 64 * 1024
	startBufSize             = 4096
	defaultBufSize           = 4096
	minReadBufferSize        = 16
	maxConsecutiveEmptyReads = 100
)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	ErrFinalToken      = errors.New("final token")

	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

// readFile reads at most max bytes of f (os.(*File).read's native; errno
// -1: f is closed).
func readFile(f *os.File, max int) (data string, eof bool, errno int)

// source is what a Scanner or Reader reads: an *os.File, or any Reader.
type source struct {
	f       *os.File
	r       io.Reader
	scratch []byte
}

func newSource(r io.Reader) source {
	if f, ok := r.(*os.File); ok {
		return source{f: f}
	}
	return source{r: r}
}

// read makes one Read of at most max bytes (max > 0).
func (s *source) read(max int) (data string, n int, err error) {
	if s.f != nil {
		data, eof, errno := readFile(s.f, max)
		if errno != 0 {
			var e error = syscall.Errno(errno)
			if errno == -1 {
				e = os.ErrClosed
			}
			return "", 0, &os.PathError{Op: "read", Path: s.f.Name(), Err: e}
		}
		if eof {
			return "", 0, io.EOF
		}
		return data, len(data), nil
	}
	if cap(s.scratch) < max {
		s.scratch = make([]byte, max)
	}
	n, err = s.r.Read(s.scratch[:max])
	if n < 0 || n > max {
		return "", n, err
	}
	return string(s.scratch[:n]), n, err
}

type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Scanner reads tokens (lines by default) as Go's does. buf holds Go's
// buf[0:end]: the bytes before start are consumed; size is len(Go's buf).
type Scanner struct {
	src          source
	split        SplitFunc
	lines        bool // split is ScanLines: searched in place, no []byte
	maxTokenSize int
	token        string
	isNil        bool // the token is nil (Bytes returns nil)
	buf          string
	size         int
	start        int
	scanned      int // bytes after start known to hold no newline
	err          error
	empties      int
	scanCalled   bool
	done         bool
}

func NewScanner(r io.Reader) *Scanner {
	return &Scanner{src: newSource(r), lines: true, maxTokenSize: MaxScanTokenSize}
}

func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
	s.lines = false
}

func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.size = cap(buf)
	s.maxTokenSize = max
}

func (s *Scanner) Text() string { return s.token }

func (s *Scanner) Bytes() []byte {
	if s.isNil {
		return nil
	}
	return []byte(s.token)
}

func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Scan advances to the next token: Go's loop (bufio/scan.go), step by step.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		if len(s.buf) > s.start || s.err != nil {
			var ok, got bool
			if s.lines {
				ok, got = s.lineToken()
			} else {
				ok, got = s.splitToken()
			}
			if !ok {
				return false
			}
			if got {
				return true
			}
		}
		if s.err != nil {
			s.buf = ""
			s.start = 0
			s.scanned = 0
			return false
		}
		if !s.fill() {
			return false
		}
	}
}

// lineToken is ScanLines on buf[start:], without copying it: ok is false
// when Scan must return false, got when it found a token.
func (s *Scanner) lineToken() (ok, got bool) {
	atEOF := s.err != nil
	rest := s.buf[s.start:]
	i := strings.IndexByte(rest[s.scanned:], '\n')
	if i >= 0 {
		i += s.scanned
		s.token = strings.TrimSuffix(rest[:i], "\r")
		s.start += i + 1
	} else if atEOF && len(rest) > 0 {
		s.token = strings.TrimSuffix(rest, "\r")
		s.start = len(s.buf)
	} else {
		s.scanned = len(rest)
		s.token = ""
		return true, false
	}
	s.isNil = false
	s.scanned = 0
	s.empties = 0
	return true, true
}

// splitToken calls the split function on buf[start:].
func (s *Scanner) splitToken() (ok, got bool) {
	atEOF := s.err != nil
	advance, token, err := s.split([]byte(s.buf[s.start:]), atEOF)
	if err != nil {
		if err == ErrFinalToken {
			s.token = string(token)
			s.isNil = token == nil
			s.done = true
			return token != nil, token != nil
		}
		s.setErr(err)
		return false, false
	}
	if advance < 0 {
		s.setErr(ErrNegativeAdvance)
		return false, false
	}
	if advance > len(s.buf)-s.start {
		s.setErr(ErrAdvanceTooFar)
		return false, false
	}
	s.start += advance
	s.token = string(token)
	s.isNil = token == nil
	if token == nil {
		return true, false
	}
	if !atEOF || advance > 0 {
		s.empties = 0
	} else {
		s.empties++
		if s.empties > maxConsecutiveEmptyReads {
			panic("bufio.Scan: too many empty tokens without progressing")
		}
	}
	return true, true
}

// fill makes room as Go does (shift the data to the front, or grow the
// buffer: ErrTooLong at the maximum) and reads into the free space; false
// when Scan must return false.
func (s *Scanner) fill() bool {
	end := len(s.buf)
	if s.start > 0 && (end == s.size || s.start > s.size/2) {
		s.buf = s.buf[s.start:]
		s.start = 0
		end = len(s.buf)
	}
	if end == s.size {
		if s.size >= s.maxTokenSize {
			s.setErr(ErrTooLong)
			return false
		}
		newSize := s.size * 2
		if newSize == 0 {
			newSize = startBufSize
		}
		if newSize > s.maxTokenSize {
			newSize = s.maxTokenSize
		}
		s.buf = s.buf[s.start:]
		s.start = 0
		s.size = newSize
		end = len(s.buf)
	}
	for loop := 0; ; {
		data, n, err := s.src.read(s.size - end)
		if n < 0 || n > s.size-end {
			s.setErr(ErrBadReadCount)
			break
		}
		s.buf += data
		end += n
		if err != nil {
			s.setErr(err)
			break
		}
		if n > 0 {
			s.empties = 0
			break
		}
		loop++
		if loop > maxConsecutiveEmptyReads {
			s.setErr(io.ErrNoProgress)
			break
		}
	}
	return true
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

// Reader reads strings, lines, bytes and runes as Go's does. buf holds
// Go's buf[0:w]: the bytes before r are consumed; size is len(Go's buf).
type Reader struct {
	src          source
	buf          string
	size         int
	r            int
	err          error
	lastByte     int
	lastRuneSize int
}

func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && b.size >= size {
		return b
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	return &Reader{src: newSource(rd), size: size, lastByte: -1, lastRuneSize: -1}
}

func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

func (b *Reader) Size() int { return b.size }

func (b *Reader) Buffered() int { return len(b.buf) - b.r }

func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

// fill slides the unread data to the front and makes one Read into the
// free space (retrying empty reads a few times).
func (b *Reader) fill() {
	if b.r > 0 {
		b.buf = b.buf[b.r:]
		b.r = 0
	}
	if len(b.buf) >= b.size {
		panic("bufio: tried to fill full buffer")
	}
	for i := maxConsecutiveEmptyReads; i > 0; i-- {
		data, n, err := b.src.read(b.size - len(b.buf))
		if n < 0 {
			panic("bufio: reader returned negative count from Read")
		}
		b.buf += data
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.lastByte = -1
	b.lastRuneSize = -1
	for len(b.buf)-b.r < n && len(b.buf)-b.r < b.size && b.err == nil {
		b.fill()
	}
	if n > b.size {
		return []byte(b.buf[b.r:]), ErrBufferFull
	}
	var err error
	if avail := len(b.buf) - b.r; avail < n {
		n = avail
		err = b.readErr()
		if err == nil {
			err = ErrBufferFull
		}
	}
	return []byte(b.buf[b.r : b.r+n]), err
}

func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return
	}
	b.lastByte = -1
	b.lastRuneSize = -1
	remain := n
	for {
		skip := b.Buffered()
		if skip == 0 {
			b.fill()
			skip = b.Buffered()
		}
		if skip > remain {
			skip = remain
		}
		b.r += skip
		remain -= skip
		if remain == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - remain, b.readErr()
		}
	}
}

func (b *Reader) Read(p []byte) (n int, err error) {
	n = len(p)
	if n == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.readErr()
	}
	if b.r == len(b.buf) {
		if b.err != nil {
			return 0, b.readErr()
		}
		if len(p) >= b.size {
			// Large read, empty buffer: read directly into p.
			var data string
			data, n, b.err = b.src.read(len(p))
			if n < 0 {
				panic("bufio: reader returned negative count from Read")
			}
			copy(p, data)
			if n > 0 {
				b.lastByte = int(data[n-1])
				b.lastRuneSize = -1
			}
			return n, b.readErr()
		}
		b.buf = ""
		b.r = 0
		data, n, err := b.src.read(b.size)
		if n < 0 {
			panic("bufio: reader returned negative count from Read")
		}
		b.err = err
		if n == 0 {
			return 0, b.readErr()
		}
		b.buf = data
	}
	n = copy(p, b.buf[b.r:])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = -1
	return n, nil
}

func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.r == len(b.buf) {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && len(b.buf) > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else {
		b.buf = string([]byte{byte(b.lastByte)})
	}
	b.lastByte = -1
	b.lastRuneSize = -1
	return nil
}

func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > len(b.buf) && !utf8.FullRuneInString(b.buf[b.r:]) && b.err == nil && len(b.buf)-b.r < b.size {
		b.fill()
	}
	b.lastRuneSize = -1
	if b.r == len(b.buf) {
		return 0, 0, b.readErr()
	}
	r, size = rune(b.buf[b.r]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRuneInString(b.buf[b.r:])
	}
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = size
	return r, size, nil
}

func (b *Reader) UnreadRune() error {
	if b.lastRuneSize < 0 || b.r < b.lastRuneSize {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastRuneSize
	b.lastByte = -1
	b.lastRuneSize = -1
	return nil
}

// ReadSlice reads until delim; ErrBufferFull when the buffer fills first.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	s, err := b.readSlice(delim)
	return []byte(s), err
}

func (b *Reader) readSlice(delim byte) (line string, err error) {
	from := 0 // do not rescan what was searched before
	for {
		if i := strings.IndexByte(b.buf[b.r+from:], delim); i >= 0 {
			i += from
			line = b.buf[b.r : b.r+i+1]
			b.r += i + 1
			break
		}
		if b.err != nil {
			line = b.buf[b.r:]
			b.r = len(b.buf)
			err = b.readErr()
			break
		}
		if b.Buffered() >= b.size {
			line = b.buf[b.r:]
			b.r = len(b.buf)
			err = ErrBufferFull
			break
		}
		from = len(b.buf) - b.r
		b.fill()
	}
	if i := len(line) - 1; i >= 0 {
		b.lastByte = int(line[i])
		b.lastRuneSize = -1
	}
	return line, err
}

// collect reads until delim, across full buffers (Go's collectFragments).
func (b *Reader) collect(delim byte) (string, error) {
	var acc strings.Builder
	for {
		frag, err := b.readSlice(delim)
		if err != ErrBufferFull {
			if acc.Len() == 0 {
				return frag, err
			}
			acc.WriteString(frag)
			return acc.String(), err
		}
		acc.WriteString(frag)
	}
}

func (b *Reader) ReadString(delim byte) (string, error) { return b.collect(delim) }

func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	s, err := b.collect(delim)
	return []byte(s), err
}

func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	s, err := b.readSlice('\n')
	if err == ErrBufferFull {
		// a "\r\n" split by the end of the buffer: keep the '\r' for the next call
		if len(s) > 0 && s[len(s)-1] == '\r' {
			b.r--
			s = s[:len(s)-1]
		}
		return []byte(s), true, nil
	}
	if len(s) == 0 {
		if err != nil {
			return nil, false, err
		}
		return []byte{}, false, nil
	}
	err = nil
	if s[len(s)-1] == '\n' {
		drop := 1
		if len(s) > 1 && s[len(s)-2] == '\r' {
			drop = 2
		}
		s = s[:len(s)-drop]
	}
	return []byte(s), false, err
}

// Writer buffers output for an io.Writer as Go's does: size bytes (4096
// by default) are passed on when the buffer is full or on Flush, a large
// write to an empty buffer goes straight through, and the first write
// error sticks: every later call returns it.
type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

func (b *Writer) Size() int { return len(b.buf) }

func (b *Writer) Reset(w io.Writer) {
	b.err = nil
	b.n = 0
	b.wr = w
}

func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[0:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if n > 0 && n < b.n {
			copy(b.buf[0:b.n-n], b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

func (b *Writer) Available() int { return len(b.buf) - b.n }

func (b *Writer) Buffered() int { return b.n }

func (b *Writer) Write(p []byte) (nn int, err error) {
	if len(p) <= len(b.buf)-b.n && b.err == nil { // the common case, first
		b.n += copy(b.buf[b.n:], p)
		return len(p), nil
	}
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 {
			// Large write, empty buffer: write directly from p.
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	nn += n
	return nn, nil
}

func (b *Writer) WriteString(s string) (int, error) {
	if len(s) <= len(b.buf)-b.n && b.err == nil { // the common case, first
		b.n += copy(b.buf[b.n:], s)
		return len(s), nil
	}
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 {
			// Large write, empty buffer: write it directly.
			n, b.err = io.WriteString(b.wr, s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	nn += n
	return nn, nil
}

func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < utf8.RuneSelf {
		err = b.WriteByte(byte(r))
		if err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	n := b.Available()
	if n < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		n = b.Available()
		if n < utf8.UTFMax {
			return b.WriteString(string(r))
		}
	}
	return b.WriteString(string(r))
}
