package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string  { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) SetName(n string) { a.Name = n }
func (a Animal) Sound() string     { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Base struct{ ID int }

func (b Base) GetID() int { return b.ID }

type Mid struct {
	Base
	Level int
}

type Top struct {
	*Mid
	Name string
}

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	name string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.SetName("Max")
	fmt.Println(d.Name)
	d.Legs = 3
	fmt.Println(d.Describe())
	fmt.Printf("%v\n%+v\n", d, d)
	t := Top{&Mid{Base{7}, 2}, "top"}
	fmt.Println(t.ID, t.Level, t.GetID(), t.Mid.Base.ID)
	t.ID = 8
	fmt.Println(t.Mid.ID)
	s := Service{&Logger{"[svc] "}, "x"}
	s.Log("hello")
	dp := &d
	fmt.Println(dp.Name, dp.Describe())
	type Inner struct{ A, B int }
	type Outer struct {
		Inner
		B int
	}
	o := Outer{Inner{1, 2}, 3}
	fmt.Println(o.A, o.B, o.Inner.B)
}
