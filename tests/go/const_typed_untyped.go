package main

import "fmt"

type Celsius float64
type MyInt int

const big = 1 << 62
const typed int32 = 7
const f = 2.5
const s = "hello"
const bo = 3 > 2
const r = 'x'

func main() {
	var c Celsius = 36.6
	c = c + 1
	fmt.Println(c)
	fmt.Printf("%T %T %T %T %T\n", big, f, s, bo, r)
	fmt.Printf("%T\n", typed)
	var m MyInt = 5
	m = m * 2
	fmt.Printf("%T %v\n", m, m)
	var ff float32 = f
	var i8 int8 = 100
	fmt.Println(ff, i8)
	x := 10 / 4
	y := 10 / 4.0
	z := 10.0 / 4
	fmt.Println(x, y, z)
	const h = 7 / 2
	const k = 7 / 2.0
	fmt.Println(h, k)
	var u uint = 1 << 63
	fmt.Println(u)
	fmt.Println(len(s), s[1], s+" world")
	const sum = 'a' + 1
	fmt.Printf("%T %v\n", sum, sum)
	var d float64 = 3
	fmt.Println(d / 2)
	fmt.Println(big / (1 << 60))
	const neg = -5
	fmt.Println(neg%3, neg/3, -neg)
}
