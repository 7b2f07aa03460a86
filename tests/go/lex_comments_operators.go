package main

import "fmt"

/* leading block comment */
func main() {
	a := 7 /* mid */ &^ 5
	b := 6 &^ 3
	c := 1 << 3 >> 1
	d := -5 % 3
	e := ^0
	fmt.Println(a, b, c, d, e) // 2 4 4 -2 -1
	x := 10
	x &^= 2
	x %= 7
	fmt.Println(x)
	f := 2 + 3*4 - 8/2%3
	g := (2 + 3) * 4
	h := 1 < 2 == true
	i := 5 > 3 && 2 > 1 || false
	j := !true || !!true
	fmt.Println(f, g, h, i, j)
	k := 3 ^ 5 | 8 & 12
	fmt.Println(k)
	m := +x - -x
	fmt.Println(m)
	var p *int = &x
	fmt.Println(*p**p)
	s := "a" // comment with "quotes" and /* */
	fmt.Println(s)
	var ch = make(chan int, 1)
	ch <- 1
	fmt.Println(<-ch + 1)
}
