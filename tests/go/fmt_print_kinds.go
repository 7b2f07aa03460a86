package main

import (
	"errors"
	"fmt"
)

type E struct{}

func (E) Error() string { return "E!" }

type St struct {
	A int
	B *int
	C []string
	D map[string]int
	F func()
	G chan int
	H error
	I interface{}
}

func main() {
	fmt.Println(int8(-1), uint16(7), int64(1)<<40, uintptr(3), 'x', byte('x'))
	fmt.Println(1.0, 2.5, float32(0.1), 1e-9, 1e9, -0.0, 100.0)
	fmt.Println("s", true, false, nil)
	fmt.Println([]int{}, []string{""}, [0]int{}, map[int]int{}, struct{}{})
	fmt.Println([]interface{}{1, "a", nil, 2.5, []int{1}})
	fmt.Println(errors.New("err"), E{}, &E{})
	fmt.Println(St{A: 1})
	fmt.Printf("%+v\n", St{A: 2, C: []string{"x"}, D: map[string]int{"k": 1}, H: E{}, I: 3})
	var ip *int
	var fn func()
	var ch chan int
	var m map[string]int
	var sl []int
	var ifc interface{}
	var err error
	fmt.Println(ip, fn == nil, ch, m, sl, ifc, err)
	fmt.Print("no", "space", 1, 2, "x", 3, "\n")
	fmt.Print(1.5, 2.5, "\n")
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(1, "a"), fmt.Sprint("a", 1, "b"))
	fmt.Println([]byte("abc"), []rune("abc"), [2]bool{}, [][]int{{1}, nil})
}
