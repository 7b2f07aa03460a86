package main

import "fmt"

func lifo() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("body ")
}

func argsEval() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

func double(x int) (r int) {
	defer func() { r *= 2 }()
	return x + 1
}

func counter() (n int) {
	defer func() { n++ }()
	n = 10
	return n
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

type T struct{ name string }

func (t T) Close()      { fmt.Println("close", t.name) }
func (t *T) PClose()    { fmt.Println("pclose", t.name) }

func methods() {
	t := T{"a"}
	defer t.Close()
	defer t.PClose()
	t.name = "b"
}

func nested() {
	defer fmt.Println("outer 1")
	func() {
		defer fmt.Println("inner")
	}()
	defer fmt.Println("outer 2")
}

func loopDefer() (s string) {
	for _, c := range []string{"x", "y", "z"} {
		c := c
		defer func() { s += c }()
	}
	return "="
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func traced() {
	defer trace("traced")()
	fmt.Println("in traced")
}

func main() {
	lifo()
	fmt.Println()
	argsEval()
	fmt.Println(double(4), counter(), unnamed())
	methods()
	nested()
	fmt.Println(loopDefer())
	traced()
	defer fmt.Println("main deferred")
	fmt.Println("main end")
}
