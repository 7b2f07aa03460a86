package main

import (
	"errors"
	"fmt"
)

type P struct {
	X, Y int
	Name string
}

type Inner struct{ A []int }
type Outer struct {
	I   Inner
	P   *P
	M   map[string]int
	E   error
	Any interface{}
}

type Kind int

func main() {
	p := P{1, 2, "pt"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%T\n", &p, &p, &p)
	o := Outer{Inner{[]int{1}}, nil, map[string]int{"b": 2, "a": 1}, errors.New("e"), 3}
	fmt.Printf("%v\n%+v\n", o, o)
	var z Outer
	fmt.Printf("%v\n%+v\n", z, z)
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v %#v %#v\n", "s", 42, 1.5)
	fmt.Printf("%#v\n", map[string]int{"z": 1, "a": 2})
	fmt.Printf("%#v %#v\n", Kind(3), []string{"a"})
	fmt.Printf("%T %T %T %T %T %T\n", nil, 1, "s", 1.5, []string{}, map[int]bool{})
	fmt.Printf("%T %T %T %T\n", func(int) string { return "" }, make(chan int), make(<-chan bool), [3]int{})
	fmt.Printf("%T %T %T\n", struct{ A int }{}, &[]int{}, errors.New("x"))
	fmt.Printf("%s|%q|%v|%x\n", "str", "q\"s", "v", "hex")
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%v %s\n", []byte("hi"), []byte("hi"))
	fmt.Printf("%q\n", 'x')
	fmt.Printf("%5s|%-5s|%.2s|%5.1s|\n", "ab", "ab", "abc", "xyz")
	fmt.Printf("%v %v\n", nil, []interface{}{nil, 1, "a"})
	var np *P
	var ne error
	fmt.Println(np, ne, []*P{nil})
	fmt.Printf("%v %+v %d\n", np, ne, []int(nil))
	fmt.Println(map[string][]int{"k": {1}}, [][]string{{"a"}, {}})
	fmt.Println(struct {
		A int
		B []string
		C map[int]bool
	}{1, nil, nil})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%z\n", 1)
	fmt.Print("a", "b", 1, 2, "c", 3.5, nil, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", 1, true, nil, 2.5)
	s := fmt.Sprintln("x", 1)
	fmt.Printf("%q\n", s)
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2))
	ch := make(chan int)
	fmt.Println(ch != nil)
	var ifc interface{} = P{}
	fmt.Printf("%v %+v\n", ifc, ifc)
}
