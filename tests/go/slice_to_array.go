package main

// Go 1.20+: a slice converts to an array (a copy) or to a pointer to an
// array (sharing the slice's elements); too short a slice panics with a
// runtime.boundsError. Expected output from Go 1.22.

import "fmt"

type Point struct{ X, Y int }

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	a := [3]int(s[1:])
	p[0] = 9
	a[0] = 7
	fmt.Println(s, *p, a, len(p), cap(s[:2]))
	var e []int
	fmt.Println((*[0]int)(e) == nil, [0]int(e), (*[0]int)(s) != nil)
	ps := []Point{{1, 2}, {3, 4}}
	pa := [2]Point(ps)
	pp := (*[1]Point)(ps[1:])
	pp[0].X = 30
	fmt.Println(pa, ps, *pp)
	type Arr [2]string
	names := []string{"a", "b", "c"}
	fmt.Println(Arr(names), (*Arr)(names[1:])[1])
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	_ = [5]int(s)
}
