// Conditions that compile to one compare-and-branch: x <= K and x > K as
// x < K+1 and x >= K+1 (at the edges of 16-bit immediates and past them),
// comparisons with nil or 0 as a test of the other operand, and K + x as
// x + K.
package main

import "fmt"

type T struct{ n int }

func (t *T) String() string { return "T" }

func classify(x int) string {
	s := ""
	if x <= 32766 {
		s += "a"
	}
	if x > 32766 {
		s += "b"
	}
	if x <= 32767 {
		s += "c"
	}
	if x > 32767 {
		s += "d"
	}
	if x <= -32769 {
		s += "e"
	}
	if x > -32769 {
		s += "f"
	}
	if x <= -32768 {
		s += "g"
	}
	if x > 0 {
		s += "h"
	}
	if x == 0 {
		s += "z"
	}
	if 0 != x {
		s += "n"
	}
	return s
}

func small(x int8, u uint8) string {
	s := ""
	if x <= 127 {
		s += "A"
	}
	if x > -128 {
		s += "B"
	}
	if u == 0 {
		s += "C"
	}
	if u != 0 {
		s += "D"
	}
	return s
}

func main() {
	for _, x := range []int{-40000, -32769, -32768, -1, 0, 1, 32766, 32767, 32768, 40000} {
		fmt.Println(x, classify(x))
	}
	fmt.Println(small(127, 0), small(-128, 255), small(0, 1))
	var p *T
	var m map[string]int
	var sl []int
	var f func()
	var ch chan int
	var e error
	var st fmt.Stringer
	fmt.Println(p == nil, m == nil, sl == nil, f == nil, ch == nil, e == nil, st == nil)
	p, m, sl, f, ch = &T{1}, map[string]int{}, []int{}, func() {}, make(chan int)
	st = p
	fmt.Println(p != nil, m != nil, sl != nil, f != nil, ch != nil, e != nil, st != nil)
	var q *T
	st = q
	if st != nil && q == nil {
		fmt.Println("typed nil in an interface is not nil")
	}
	n := 5
	fmt.Println(1+n, -3+n, 40000+n, 1+n*2)
	var b byte = 250
	fmt.Println(10+b, 1+int8(-128))
}
