// show_reference.go: the Go program that checks tests/repl/show.out (not
// run by csp's tests, which need no Go toolchain). Each line it prints is
// what Go's fmt gives for the value csp's REPL displays on that line of
// tests/repl/show.in: %#v wherever the REPL's rule is %#v (README, "The
// REPL"), and the REPL's own forms (channels, functions, comments, tuples,
// the untyped nil) spelled out from %T, %#v and %v. To re-check:
//
//	go run tests/repl/show_reference.go | diff - tests/repl/show.out

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

type P struct{ X, Y int }
type T struct {
	Name string
	Tags []string
	M    map[string]int
	Next *T
	p    int
	E    error
	I    any
}
type Celsius float64
type Temp float64

func (c Temp) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Pipe struct {
	In  chan int
	Out chan<- string
}

func divmod(a, b int) (int, int) { return a / b, a % b }
func find(k string) (int, error) { return 0, errors.New("no " + k) }

// show: %#v; with the comment rule when the value has a String/Error method
func show(v any) {
	fmt.Printf("%#v", v)
	switch v.(type) {
	case fmt.Stringer, error:
		fmt.Printf(" // %v", v)
	}
	fmt.Println()
}

// iface: a nil interface of static type T as %#v writes it inside a value
func iface[T any]() {
	s := fmt.Sprintf("%#v", []T{*new(T)})
	prefix := fmt.Sprintf("%T{", []T{})
	fmt.Println(s[len(prefix) : len(s)-1])
}

func main() {
	show("")
	show("a b")
	show("tab\there \"q\" \\ é \x01")
	show(`raw
string`)
	show([]string{"a b", "c"})
	show([][]int{{1, 2}, {3}})
	show([3]int{1, 2, 3})
	show([]byte("hi"))
	show([]any{1, "a", nil})
	show(map[string]int{"b": 2, "a": 1, "c": 3})
	show(map[string][]int{"k": {1}})
	show(map[int]bool{3: true, 1: false})
	show(P{1, 2})
	show(&P{3, 4})
	show([]P{{1, 2}, {}})
	show(struct {
		A int
		B string
	}{1, "x"})
	show(T{Name: "t"})
	var sl []int
	show(sl)
	var m map[string]int
	show(m)
	var pp *P
	show(pp)
	iface[error]()
	iface[any]()
	fmt.Println("nil") // the untyped nil: csp's own rule
	var f func(int) string
	show(f)
	var ch0 chan int
	show(ch0)
	show([]error{nil})
	show(42)
	show(-7)
	show(3.5)
	show(3.0)
	show(1e21)
	show(1e-7)
	show(int8(-5))
	show(float32(0.1))
	show(uint(42))
	show("hi"[0])
	show('a')
	show(true)
	show(Celsius(100))
	// channels and non-nil functions: csp's rule (not %#v)
	for _, s := range []string{"chan int (len 0, cap 4)", "chan int (len 1, cap 4)", "chan int (len 2, cap 4)",
		"chan int (len 2, cap 4, closed)", "<-chan int (len 2, cap 4, closed)", "chan string (len 0, cap 0)"} {
		fmt.Println(s)
	}
	pipe := fmt.Sprintf("%#v", Pipe{In: make(chan int, 2)})
	i := strings.Index(pipe, "In:")
	j := strings.Index(pipe, ", Out")
	fmt.Println(pipe[:i+3] + "chan int (len 0, cap 2)" + pipe[j:])
	fmt.Printf("%T\n", strconv.Itoa)
	fmt.Printf("%T\n", func(x int, s ...string) (int, error) { return x, nil })
	fmt.Printf("%T\n", func(n int) int { return n * n })
	fns := fmt.Sprintf("%#v", []func(){nil})
	fmt.Println(fns[:len(fns)-1] + ", " + fmt.Sprintf("%T", func() {}) + "}")
	show(time.Duration(1500000000))
	show(90 * time.Second)
	show(errors.New("boom"))
	show(fmt.Errorf("code %d", 7))
	show(Temp(21.5))
	show([]Temp{1, 2})
	show(Point{1, 2})
	var err error = errors.New("not found")
	show(err)
	a, b := divmod(17, 5)
	fmt.Printf("(%#v, %#v)\n", a, b)
	n, e := strconv.Atoi("42")
	fmt.Printf("(%#v, %s)\n", n, "error(nil)")
	n, e = find("x")
	fmt.Printf("(%#v, %#v) // _, %v\n", n, e, e)
	x, y, ok := strings.Cut("k=v", "=")
	fmt.Printf("(%#v, %#v, %#v)\n", x, y, ok)
	fmt.Println("", []string{"a b", "c"}, P{1, 2}, &P{3, 4}, nil, time.Duration(1500000000))
	fmt.Printf("%v|%s|%q\n", "", "a b", "c")
	show(fmt.Sprint([]string{"a b", "c"}))
	fmt.Printf("%T\n", make(chan int))
	fmt.Println("(int, error)")
}
