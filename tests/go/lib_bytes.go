package main

// Package bytes: Buffer (reads, writes, unread, Next, Truncate, ReadFrom,
// WriteTo), Reader, and the functions mirroring strings, whose pieces share
// the argument's bytes. Expected output from Go 1.22.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	b.WriteRune('世')
	fmt.Fprintf(&b, " %d", 42)
	fmt.Println(b.String(), b.Len())
	p := make([]byte, 5)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p))
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.UnreadByte(), b.UnreadByte())
	line, err := b.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, sz, _ := b.ReadRune()
	fmt.Println(string(r), sz, b.UnreadRune(), b.UnreadRune())
	rest, err := b.ReadBytes('x')
	fmt.Printf("%q %v %d\n", rest, err, b.Len())
	b.Reset()
	b.WriteString("abcdef")
	fmt.Println(string(b.Next(2)), b.String())
	b.Truncate(2)
	fmt.Println(b.String())
	func() {
		defer func() { fmt.Println(recover()) }()
		b.Truncate(10)
	}()
	var nb *bytes.Buffer
	fmt.Println(nb.String())
	bb := bytes.NewBufferString("from string\n")
	io.Copy(os.Stdout, bb)
	nb2 := bytes.NewBuffer([]byte("x"))
	nb2.ReadFrom(strings.NewReader("yz"))
	fmt.Println(nb2.String())
	s := []byte("  Hello, World! Hello!  ")
	fmt.Println(bytes.Contains(s, []byte("World")), bytes.Index(s, []byte("lo")), bytes.Count(s, []byte("l")), bytes.LastIndex(s, []byte("Hello")))
	fmt.Printf("%q %q %q\n", bytes.TrimSpace(s), bytes.Trim(s, " !H"), bytes.TrimLeft(s, " "))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	fmt.Printf("%q %q\n", bytes.Fields([]byte("  a b   c ")), bytes.FieldsFunc([]byte("a1b22c"), unicode.IsDigit))
	fmt.Printf("%s %s %s\n", bytes.ToUpper(s), bytes.Title([]byte("go lang")), bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("-")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix(s, []byte("  H")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Printf("%s %s\n", bytes.ReplaceAll([]byte("oink oink"), []byte("k"), []byte("ky")), bytes.TrimPrefix([]byte("prefix-x"), []byte("prefix-")))
	parts := bytes.Split([]byte("ab,cd"), []byte(","))
	fmt.Println(len(parts[0]), cap(parts[0]), cap(parts[1]))
	orig := []byte("  xy  ")
	t := bytes.TrimSpace(orig)
	t[0] = 'X'
	fmt.Printf("%q %v\n", orig, bytes.TrimSpace([]byte("   ")) == nil)
	rd := bytes.NewReader([]byte("reader data"))
	buf := make([]byte, 6)
	rd.Read(buf)
	fmt.Println(string(buf), rd.Len(), rd.Size())
	rd.Seek(0, io.SeekStart)
	all, _ := io.ReadAll(rd)
	fmt.Println(string(all), bytes.Runes([]byte("héllo")), bytes.IndexRune([]byte("héllo"), 'l'))
	fmt.Println(bytes.MinRead, bytes.ErrTooLarge)
	var w bytes.Buffer
	w.Grow(100)
	fmt.Println(w.Len(), w.Cap() >= 100)
}
