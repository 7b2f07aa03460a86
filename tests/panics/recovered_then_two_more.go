// A recovered panic, then a panic in the recovering call, then one in an earlier deferred call.
package main

import "fmt"

func f() {
	defer func() {
		r := recover()
		fmt.Println("f recovered", r)
	}()
	panic("one")
}

func main() {
	defer func() { panic("three") }()
	f()
	defer func() { r := recover(); fmt.Println("main recovered", r); panic("two") }()
	panic("zero")
}
