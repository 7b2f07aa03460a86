package main

import (
	"fmt"
	"strings"
)

type Middleware func(func(string) string) func(string) string

func chain(f func(string) string, ms ...Middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		f = ms[i](f)
	}
	return f
}

func upper(next func(string) string) func(string) string {
	return func(s string) string { return next(strings.ToUpper(s)) }
}

func exclaim(next func(string) string) func(string) string {
	return func(s string) string { return next(s) + "!" }
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func gen(start, step int) (next func() int, reset func()) {
	cur := start
	next = func() int { v := cur; cur += step; return v }
	reset = func() { cur = start }
	return
}

func main() {
	h := chain(func(s string) string { return "<" + s + ">" }, upper, exclaim)
	fmt.Println(h("hi"))
	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)
	next, reset := gen(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	funcs := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"mul": func(a, b float64) float64 { return a * b },
	}
	fmt.Println(funcs["add"](2, 3), funcs["mul"](2, 3))
	var ops []func(int) int
	for _, k := range []int{1, 2, 3} {
		k := k
		ops = append(ops, func(x int) int { return x * k })
	}
	v := 1
	for _, op := range ops {
		v = op(v)
	}
	fmt.Println(v)
	type counter struct{ inc func() int }
	mk := func() counter {
		n := 0
		return counter{func() int { n++; return n }}
	}
	c1, c2 := mk(), mk()
	c1.inc()
	c1.inc()
	fmt.Println(c1.inc(), c2.inc())
}
