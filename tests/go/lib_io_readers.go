package main

// Package io (Copy, CopyN, ReadAll, ReadFull, ReadAtLeast, LimitReader,
// MultiReader, MultiWriter, TeeReader, SectionReader, NopCloser, Pipe across
// goroutines), strings.Reader in full, ToValidUTF8, Clone, and a copied
// strings.Builder panicking as Go's does. Expected output from Go 1.22.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) { return u.w.Write([]byte(strings.ToUpper(string(p)))) }

func main() {
	r := strings.NewReader("hello, reader world")
	b := make([]byte, 5)
	n, err := r.Read(b)
	fmt.Println(n, err, string(b), r.Len(), r.Size())
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.UnreadRune())
	ch, sz, _ := r.ReadRune()
	fmt.Println(string(ch), sz, r.UnreadRune())
	pos, err := r.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	n, err = r.ReadAt(b, 7)
	fmt.Println(n, err, string(b[:n]))
	n, err = r.ReadAt(b, 17)
	fmt.Println(n, err, string(b[:n]))
	r.Reset("again")
	var sb strings.Builder
	nn, err := io.Copy(&sb, r)
	fmt.Println(nn, err, sb.String())
	fmt.Println(io.WriteString(upper{os.Stdout}, "shout\n"))
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	all, _ := io.ReadAll(lr)
	fmt.Println(string(all))
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd"))
	all, _ = io.ReadAll(mr)
	fmt.Println(string(all))
	var b1, b2 strings.Builder
	mw := io.MultiWriter(&b1, &b2)
	fmt.Fprintf(mw, "x=%d", 5)
	fmt.Println(b1.String(), b2.String())
	var tee strings.Builder
	tr := io.TeeReader(strings.NewReader("tee!"), &tee)
	io.ReadAll(tr)
	fmt.Println(tee.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	all, _ = io.ReadAll(sr)
	fmt.Println(string(all), sr.Size())
	n64, err := io.CopyN(io.Discard, strings.NewReader("abc"), 5)
	fmt.Println(n64, err)
	buf := make([]byte, 8)
	n, err = io.ReadFull(strings.NewReader("abc"), buf)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = io.ReadAtLeast(strings.NewReader("abc"), buf[:2], 3)
	fmt.Println(n, err)
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "msg %d\n", i)
		}
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("piped:", sc.Text())
	}
	wg.Wait()
	_, err = pw.Write([]byte("x"))
	fmt.Println(err)
	pr2, pw2 := io.Pipe()
	pr2.CloseWithError(errors.New("reader gone"))
	_, err = pw2.Write([]byte("x"))
	fmt.Println(err)
	rc := io.NopCloser(strings.NewReader("n"))
	fmt.Println(rc.Close())
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), strings.Clone("cl"))
	var bld strings.Builder
	bld.WriteString("x")
	func() {
		defer func() { fmt.Println(recover()) }()
		cp := bld
		cp.WriteString("y")
	}()
	var empty strings.Builder
	cp2 := empty
	cp2.WriteString("fine")
	fmt.Println(cp2.String(), bld.String())
	func() {
		defer func() { fmt.Println(recover()) }()
		bld.Grow(-1)
	}()
}
