// A nil *T whose String method has a value receiver: Go's wrapper panics (runtime.plainError).
package main

import "fmt"

type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T", t.n) }

func main() {
	var p *T
	panic(p)
}
