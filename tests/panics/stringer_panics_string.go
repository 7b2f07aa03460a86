// A recovered panic value whose String method panics: Go's fatal error while printing panic values.
package main

import "fmt"

type S struct{}

func (S) String() string { panic("in String") }

func main() {
	defer func() { r := recover(); panic(fmt.Sprint(r)) }()
	panic(S{})
}
