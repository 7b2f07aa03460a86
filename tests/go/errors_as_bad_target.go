package main

// errors.As with a target that is neither an interface nor an error type
// panics as Go's does. Expected output from Go 1.22.

import (
	"errors"
	"fmt"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var x int
	fmt.Println(errors.As(nil, &x)) // no error: false, no panic (Go 1.20+)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		errors.As(errors.New("e"), nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *error
		errors.As(errors.New("e"), p)
	}()
	errors.As(errors.New("e"), &x)
}
