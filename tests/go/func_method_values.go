package main

import "fmt"

type Pt struct{ X, Y int }

func (p Pt) Add(q Pt) Pt      { return Pt{p.X + q.X, p.Y + q.Y} }
func (p *Pt) Scale(k int)     { p.X *= k; p.Y *= k }
func (p Pt) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }

func main() {
	p := Pt{1, 2}
	add := p.Add
	p.X = 100
	fmt.Println(add(Pt{10, 10}))
	scale := p.Scale
	scale(2)
	fmt.Println(p)
	addExpr := Pt.Add
	fmt.Println(addExpr(Pt{1, 1}, Pt{2, 2}))
	scaleExpr := (*Pt).Scale
	q := Pt{3, 4}
	scaleExpr(&q, 3)
	fmt.Println(q)
	str := (*Pt).String
	fmt.Println(str(&q))
	fmt.Printf("%T\n", addExpr)
	var op Op = func(a, b int) int { return a * b }
	fmt.Println(op.Apply(6, 7), Op.Apply(op, 2, 3))
	acc := &Acc{}
	adders := []func(int){acc.Add, acc.Add}
	for i, f := range adders {
		f(i + 1)
	}
	fmt.Println(acc.total)
	var a2 Acc
	f := a2.Add
	f(5)
	f(6)
	fmt.Println(a2.total)
	fs := map[string]func(Pt) Pt{"add": p.Add}
	fmt.Println(fs["add"](Pt{1, 1}))
	var s fmt.Stringer = q
	m := s.String
	q.X = 0
	fmt.Println(m())
}
