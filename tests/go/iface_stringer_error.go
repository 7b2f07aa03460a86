package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Person struct {
	Name string
	Age  int
}

func (p *Person) String() string { return p.Name + "!" }

type ValErr struct{ msg string }

func (v ValErr) Error() string { return "valerr: " + v.msg }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Wrapper struct {
	C Color
	P Person
}

func find(ok bool) error {
	if ok {
		return nil
	}
	return ValErr{"missing"}
}

func mayFail() error {
	var p *ValErr
	_ = p
	return nil
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %+v %q\n", Green, Green, Green, Green, Green)
	cs := []Color{Red, Green}
	fmt.Println(cs)
	m := map[Color]int{Green: 1, Red: 2}
	fmt.Println(m)
	p := Person{"Ann", 30}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", p, &p, &p)
	w := Wrapper{Blue, p}
	fmt.Printf("%v %+v\n", w, w)
	err := find(false)
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(find(true), find(true) == nil)
	fmt.Println(Both{})
	fmt.Println(mayFail() == nil)
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())
	var ve error = ValErr{"a"}
	var ve2 error = ValErr{"a"}
	fmt.Println(ve == ve2)
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprint("a", 1, 2, "b"), fmt.Sprint(1, 2))
	fmt.Println([]error{err, nil})
	ptrs := []*Person{&p}
	fmt.Println(len(ptrs), ptrs[0])
}
