// A deferred call recovers and panics with a new value: the recovered panic stays in the report, marked [recovered].
package main

import "fmt"

func main() {
	defer func() { r := recover(); panic(fmt.Sprint("again: ", r)) }()
	panic("first")
}
