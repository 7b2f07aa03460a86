package main

// Package variables are initialised in dependency order, where a function's
// parameters and locals are not package variables even when named like
// one (no initialisation cycle here), but a use before a local's
// declaration is (x depends on y). Expected output from Go 1.22.

import "fmt"

var (
	a = f(b)
	b = f(c)
	c = "x"
)

func f(a string) string { return a + "!" }

var (
	x = g()
	y = 1
)

func g() int {
	z := y * 2
	for y := range 3 {
		_ = y
	}
	h := func(x int) int { return x + y }
	return h(z)
}

func main() {
	fmt.Println(a, b, c, x, y)
}
