package main

import "fmt"

type MyInt int
type Alias = int
type Str string
type IntSlice []int
type Pair struct{ a, b int }
type PairAlias = Pair

func (m MyInt) Double() MyInt { return m * 2 }
func (s Str) Shout() Str     { return s + "!" }
func (s IntSlice) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	var m MyInt = 21
	fmt.Println(m.Double(), MyInt(4).Double())
	var a Alias = 5
	var i int = a
	fmt.Printf("%T %T %T\n", m, a, i)
	s := Str("hi")
	fmt.Println(s.Shout(), len(s))
	fmt.Printf("%T %v\n", s, s)
	is := IntSlice{1, 2, 3}
	fmt.Println(is.Sum(), len(is), is[1:].Sum())
	fmt.Printf("%T\n", is)
	p := PairAlias{1, 2}
	var q Pair = p
	fmt.Printf("%T %v\n", p, q)
	conv := int(m) + i
	fmt.Println(conv)
	type Local float64
	var l Local = 2.5
	fmt.Printf("%T %v\n", l, l)
	var b byte = 1
	var u uint8 = b
	var r rune = 'a'
	var i32 int32 = r
	fmt.Println(u, i32)
	fmt.Printf("%T %T\n", b, r)
}
