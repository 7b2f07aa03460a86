package main

import "fmt"

type Speaker interface{ Speak() string }

type Loud struct{ Speaker }

func (l Loud) Speak() string { return l.Speaker.Speak() + "!!!" }

type Cat struct{ name string }

func (c Cat) Speak() string { return c.name + " says meow" }

type Named struct {
	Speaker
	Name string
}

type Counter interface {
	Inc()
	Value() int
}

type simple struct{ n int }

func (s *simple) Inc()       { s.n++ }
func (s *simple) Value() int { return s.n }

type Logged struct {
	Counter
	calls int
}

func (l *Logged) Inc() {
	l.calls++
	l.Counter.Inc()
}

func main() {
	l := Loud{Cat{"tom"}}
	fmt.Println(l.Speak())
	var sp Speaker = l
	fmt.Println(sp.Speak())
	n := Named{Cat{"kit"}, "n"}
	fmt.Println(n.Speak(), n.Name)
	lg := &Logged{Counter: &simple{}}
	var c Counter = lg
	c.Inc()
	c.Inc()
	fmt.Println(c.Value(), lg.calls)
	nested := Loud{Loud{Cat{"x"}}}
	fmt.Println(nested.Speak())
}
