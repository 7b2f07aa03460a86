package main

// Interfaces that refer to each other through embedding and method
// signatures. Expected output from Go 1.22.

import "fmt"

type D interface{ Parent() S }
type S interface {
	D
	isS
}
type isS interface{ P(S) }

type T struct{}

func (T) Parent() S { return T{} }
func (T) P(S)       {}

func main() {
	var s S = T{}
	fmt.Println(s.Parent() != nil)
	var d D = s
	_, ok := d.(isS)
	fmt.Println(ok)
}
