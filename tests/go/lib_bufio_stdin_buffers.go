// Readers of stdin take what Go's buffers take, no more: a Scanner with a
// 10-byte buffer stops at a long line, then a 16-byte Reader, a word
// Scanner and os.Stdin.Read each get what the one before left (stdin is a
// file: every read returns all it asks for). Then Go's Writer: a 16-byte
// buffer passes on full buffers and large writes at once.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func show(tag string, s string, err error) {
	if len(s) > 20 {
		s = s[:10] + fmt.Sprintf("...(%d)...", len(s)) + s[len(s)-5:]
	}
	fmt.Printf("%s %q %v\n", tag, s, err)
}

func main() {
	// a scanner with a small buffer takes only what its buffer holds
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 0, 10), 20)
	for i := 0; i < 3 && sc.Scan(); i++ {
		show("scan", sc.Text(), nil)
	}
	// a reader takes over: Go's reads of 16 bytes (the minimum size)
	r := bufio.NewReaderSize(os.Stdin, 10)
	line, err := r.ReadString('\n')
	show("rs", line, err)
	b, err := r.ReadByte()
	fmt.Println("byte", b, err, r.UnreadByte(), r.UnreadByte())
	ru, n, err := r.ReadRune()
	fmt.Println("rune", string(ru), n, err, r.UnreadRune(), r.Buffered())
	pk, err := r.Peek(5)
	fmt.Printf("peek %q %v\n", pk, err)
	pk, err = r.Peek(20)
	fmt.Printf("peek %q %v\n", pk, err)
	d, err := r.Discard(3)
	fmt.Println("discard", d, err)
	for i := 0; i < 3; i++ {
		l, pre, err := r.ReadLine()
		fmt.Printf("line %q %v %v\n", l, pre, err)
	}
	buf := make([]byte, 7)
	k, err := r.Read(buf)
	fmt.Printf("read %q %v\n", buf[:k], err)
	big := make([]byte, 40)
	k, err = r.Read(big)
	fmt.Printf("read %q %v\n", big[:k], err)
	sl, err := r.ReadSlice('!')
	fmt.Printf("slice %q %v\n", sl, err)
	// a third reader: words from the rest
	ws := bufio.NewScanner(os.Stdin)
	ws.Split(bufio.ScanWords)
	cnt := 0
	last := ""
	for ws.Scan() {
		cnt++
		last = ws.Text()
	}
	fmt.Println("words", cnt, last, ws.Err())
	k, err = os.Stdin.Read(buf)
	fmt.Println("stdin", k, err, err == io.EOF)
	// a scanner on a reader that returns data with EOF
	rs := bufio.NewScanner(strings.NewReader("a\nb\n\nc"))
	for rs.Scan() {
		fmt.Printf("[%s]", rs.Text())
	}
	fmt.Println(rs.Err())
	// token too long with a custom split and Scan again after the error
	ts := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	ts.Buffer(nil, 50)
	fmt.Println(ts.Scan(), ts.Err(), ts.Scan(), len(ts.Text()), ts.Err())
	// bufio.Writer: sizes, direct writes, errors stick
	w := bufio.NewWriterSize(os.Stdout, 16)
	w.WriteString("0123456789")
	fmt.Println("[direct]")
	w.WriteString("abcdefghij\n")
	fmt.Println("[direct2]", w.Buffered(), w.Available())
	w.WriteString(strings.Repeat("z", 40) + "\n")
	w.WriteRune('é')
	w.WriteByte('\n')
	fmt.Println("[before flush]", w.Buffered())
	fmt.Println(w.Flush())
	all, err := io.ReadAll(strings.NewReader(strings.Repeat("q", 1000)))
	fmt.Println(len(all), err)
	var sb strings.Builder
	nc, err := io.Copy(&sb, strings.NewReader("copy me"))
	fmt.Println(nc, err, sb.String())
	ful := make([]byte, 4)
	nf, err := io.ReadFull(strings.NewReader("ab"), ful)
	fmt.Println(nf, err)
}
