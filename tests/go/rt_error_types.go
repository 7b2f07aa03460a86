package main

// Runtime panics are runtime.Error values of Go's concrete types: channel
// misuse included (a plainError, not a string). Expected output from Go 1.22.

import (
	"fmt"
	"runtime"
)

type E string

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		_, isRt := r.(runtime.Error)
		fmt.Printf("%s: %T %q error=%v runtime.Error=%v\n", name, r, fmt.Sprint(r), isErr, isRt)
	}()
	f()
}

func main() {
	try("close nil", func() { var c chan int; close(c) })
	try("close closed", func() { c := make(chan int); close(c); close(c) })
	try("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("select send closed", func() {
		c := make(chan int)
		close(c)
		select {
		case c <- 1:
		default:
		}
	})
	try("index", func() { a := []int{1}; i := 5; _ = a[i] })
	try("negative index", func() { a := []int{1}; i := -1; _ = a[i] })
	try("slice", func() { a := []int{1}; i := 5; _ = a[:i] })
	try("negative slice", func() { a := []int{1, 2, 3}; i := -1; _ = a[i:] })
	try("string index", func() { s := "ab"; i := 7; _ = s[i] })
	try("nil map", func() { var m map[int]int; m[1] = 2 })
	try("divide", func() { x := 0; _ = 1 / x })
	try("nil pointer", func() { var p *int; _ = *p })
	try("assertion", func() { var i any = 1; _ = i.(string) })
	try("nil assertion", func() { var i any; _ = i.(string) })
	try("makechan", func() { n := -1; _ = make(chan int, n) })
	try("makeslice", func() { n := -1; _ = make([]int, n) })
	try("panic(nil)", func() { panic(nil) })
	try("custom", func() { panic(E("named")) })
	try("error value", func() { panic(fmt.Errorf("wrapped %d", 1)) })
	var pe *runtime.PanicNilError
	func() {
		defer func() { pe = recover().(*runtime.PanicNilError) }()
		panic(nil)
	}()
	fmt.Println(pe.Error())
}
