package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func adder(base int) (func(int), func() int) {
	return func(d int) { base += d }, func() int { return base }
}

func apply(f func(int) int, xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2(), c1())
	add, get := adder(10)
	add(5)
	add(-2)
	fmt.Println(get())
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	x = 100
	inc()
	fmt.Println(x)
	sq := func(n int) int { return n * n }
	fmt.Println(apply(sq, []int{1, 2, 3}))
	fmt.Println(apply(compose(sq, func(n int) int { return n + 1 }), []int{1, 2}))
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var fns []func() int
	for i := 0; i < 3; i++ {
		j := i
		fns = append(fns, func() int { return j * 10 })
	}
	for _, fn := range fns {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
	s := []int{1, 2}
	app := func() { s = append(s, len(s)+1) }
	app()
	app()
	fmt.Println(s)
	total := 0
	func() {
		defer func() { total += 1000 }()
		total += 1
	}()
	fmt.Println(total)
	v := func(a, b int) int { return a - b }(10, 3)
	fmt.Println(v)
	var nilf func()
	fmt.Println(nilf == nil)
	ptr := &x
	setp := func() { *ptr = 7 }
	setp()
	fmt.Println(x)
}
