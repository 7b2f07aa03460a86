package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my err" }

func returnsTypedNil() error {
	var p *MyErr
	return p
}

func returnsNil() error { return nil }

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d *Dog) Sound() string {
	if d == nil {
		return "nil dog"
	}
	return d.name + " woof"
}

func main() {
	e1 := returnsTypedNil()
	e2 := returnsNil()
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Printf("%T %T\n", e1, e2)
	var d *Dog
	var a Animal = d
	fmt.Println(a == nil, a.Sound())
	a = &Dog{"rex"}
	fmt.Println(a.Sound())
	var x interface{} = (*int)(nil)
	fmt.Println(x == nil, x == (*int)(nil))
	var err error
	if err == nil {
		err = errors.New("set")
	}
	fmt.Println(err)
	vals := []interface{}{nil, (*Dog)(nil), 0, ""}
	for _, v := range vals {
		fmt.Print(v == nil, " ")
	}
	fmt.Println()
	var i1 interface{} = 3
	var i2 interface{} = int32(3)
	var i3 interface{} = 3
	fmt.Println(i1 == i2, i1 == i3)
	var s fmt.Stringer
	_, ok := s.(fmt.Stringer)
	fmt.Println(ok)
}
