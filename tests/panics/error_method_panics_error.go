// An Error method that panics with an error value: the fatal error names its type.
package main

import "errors"

type S struct{}

func (S) Error() string { panic(errors.New("boom")) }

func main() {
	panic(S{})
}
