package main

// A Go file (one with a package clause) has Go's unused-variable errors,
// in Go 1.22's words (checked with go build -gcflags=-e).

import "os"

func f() (a int) {
	b := 1
	b++
	c := 2
	c += 1
	d := 3 // ERROR "d declared and not used"
	d = 4
	var e int
	p := &e
	_ = p
	g, h := 1, 2 // ERROR "h declared and not used"
	_ = g
	var s struct{ x int }
	s.x = 1
	var arr [3]int
	arr[0] = 1
	for i := range 3 { // ERROR "i declared and not used"
	}
	m := map[int]int{}
	m[1] = 2
	func() { k := 1; k = 2 }() // ERROR "k declared and not used"
	var q int // ERROR "q declared and not used"
	func() { q = 3 }()
	switch t := any(1).(type) { // ERROR "t declared and not used"
	case int:
	case string:
	}
	switch u := any(1).(type) {
	case int:
	case string:
		_ = u
	}
	ch := make(chan int, 1)
	select {
	case v, ok := <-ch: // ERROR "v declared and not used"
		_ = ok
	default:
	}
	os.Exit(0)
	return
}

func main() {
	x := 1 // ERROR "x declared and not used"
	x = 2
}
