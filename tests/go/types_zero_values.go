package main

import "fmt"

type S struct {
	I  int
	F  float64
	B  bool
	St string
	P  *int
	Sl []int
	M  map[string]int
	C  chan int
	Fn func()
	E  error
	A  [2]int
	X  interface{}
}

func main() {
	var s S
	fmt.Println(s.I, s.F, s.B, s.St == "", s.P == nil, s.Sl == nil, s.M == nil, s.C == nil, s.Fn == nil, s.E == nil, s.A, s.X == nil)
	fmt.Printf("%v\n%+v\n", s.A, s.Sl)
	var i8 int8
	var u64 uint64
	var f32 float32
	var r rune
	var by byte
	fmt.Println(i8, u64, f32, r, by)
	p := new(S)
	fmt.Println(p.I, p.St == "", len(p.Sl))
	ip := new(int)
	*ip += 5
	fmt.Println(*ip)
	sp := new([]string)
	*sp = append(*sp, "x")
	fmt.Println(*sp, len(*sp))
	mp := new(map[string]int)
	fmt.Println(*mp == nil)
	arr := make([]S, 2)
	fmt.Println(arr[1].I, arr[1].M == nil)
	m := map[string]S{}
	fmt.Println(m["missing"].St == "", m["missing"].A)
	var ch chan string
	fmt.Println(ch == nil, len(ch), cap(ch))
	var fa [3]float64
	fmt.Println(fa)
	var ps *S
	fmt.Println(ps == nil, ps)
}
