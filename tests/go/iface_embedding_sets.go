package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) { b.data = append(b.data, s) }

type Logged struct {
	ReadWriter
	n int
}

func (l *Logged) Write(s string) {
	l.n++
	l.ReadWriter.Write("[" + s + "]")
}

type Val struct{ n int }

func (v Val) Read() string { return fmt.Sprint("val", v.n) }

func main() {
	b := &Buf{}
	var rw ReadWriter = b
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read(), len(b.data))
	l := &Logged{ReadWriter: b}
	l.Write("c")
	fmt.Println(l.Read(), l.Read(), l.n)
	var w Writer = l
	w.Write("d")
	fmt.Println(b.data, l.n)
	var r2 Reader = Val{1}
	var r3 Reader = &Val{2}
	fmt.Println(r2.Read(), r3.Read())
	_, isW := r2.(Writer)
	_, isRW := interface{}(b).(ReadWriter)
	fmt.Println(isW, isRW)
	readers := []Reader{Val{3}, &Val{4}, b}
	for _, x := range readers {
		fmt.Printf("%T ", x)
	}
	fmt.Println()
	var e interface{} = Val{5}
	if rd, ok := e.(Reader); ok {
		fmt.Println(rd.Read())
	}
}
