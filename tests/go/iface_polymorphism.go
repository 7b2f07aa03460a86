package main

import (
	"fmt"
	"sort"
	"strings"
)

type Expr interface {
	Eval() float64
	String() string
}

type Num float64
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }
type Neg struct{ E Expr }

func (n Num) Eval() float64   { return float64(n) }
func (n Num) String() string  { return fmt.Sprint(float64(n)) }
func (a Add) Eval() float64   { return a.L.Eval() + a.R.Eval() }
func (a Add) String() string  { return "(" + a.L.String() + " + " + a.R.String() + ")" }
func (m Mul) Eval() float64   { return m.L.Eval() * m.R.Eval() }
func (m Mul) String() string  { return m.L.String() + "*" + m.R.String() }
func (n *Neg) Eval() float64  { return -n.E.Eval() }
func (n *Neg) String() string { return "-" + n.E.String() }

type byValue []Expr

func (b byValue) Len() int           { return len(b) }
func (b byValue) Less(i, j int) bool { return b[i].Eval() < b[j].Eval() }
func (b byValue) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	e := Add{Num(2), Mul{Num(3), &Neg{Num(4)}}}
	fmt.Println(e, "=", e.Eval())
	exprs := []Expr{Num(5), e, &Neg{Num(1)}, Mul{Num(2), Num(2.5)}}
	sort.Sort(byValue(exprs))
	var parts []string
	for _, x := range exprs {
		parts = append(parts, fmt.Sprintf("%v=%g", x, x.Eval()))
	}
	fmt.Println(strings.Join(parts, "; "))
	counts := map[string]int{}
	for _, x := range exprs {
		counts[fmt.Sprintf("%T", x)]++
	}
	fmt.Println(counts)
}
