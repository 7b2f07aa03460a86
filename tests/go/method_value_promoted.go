package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }

type Buf struct{ s string }

func (b *Buf) Read() string { return "r:" + b.s }

type Val struct{ n int }

func (v Val) Read() string { v.n++; return fmt.Sprint("v:", v.n) }

type Logged struct{ Reader }

type Outer struct {
	pad int
	*Logged
}

type Named struct {
	x, y int
	Val
}

func (n Named) String() string { return fmt.Sprint("named ", n.x) }

type Wrap struct {
	a, b int
	fmt.Stringer
}

func main() {
	l := &Logged{&Buf{"a"}}
	f := l.Read
	fmt.Println(f())
	var r Reader = l
	g := r.Read
	fmt.Println(g(), r.Read())
	o := Outer{1, l}
	h := o.Read
	l.Reader = Val{5}
	fmt.Println(h(), o.Read(), l.Read())
	var r2 Reader = o
	fmt.Println(r2.Read())
	k := r2.Read
	fmt.Println(k())
	done := make(chan string)
	go func() { done <- l.Read() }()
	fmt.Println(<-done)
	func() {
		defer fmt.Println("deferred")
		defer l.Read()
		defer func() { fmt.Println(l.Read()) }()
	}()
	n := Named{1, 2, Val{7}}
	var r3 Reader = n
	m := r3.Read
	fmt.Println(m(), m(), n.n)
	w := Wrap{1, 2, n}
	fmt.Println(w)
	fmt.Printf("%v %s\n", w, w.String())
	var sb strings.Builder
	sb.WriteString("x")
	var st fmt.Stringer = &sb
	ws := Wrap{Stringer: st}
	fn := ws.String
	sb.WriteString("y")
	fmt.Println(fn(), ws)
	v := Val{1}
	mv := v.Read
	fmt.Println(mv(), mv(), v.n)
	type Arr [2]int
	var nilw Wrap
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = nilw.String
}
