package main

// In a Go file a statement outside a function is Go's syntax error (and
// the only error reported).

import "fmt"

func main() {
	fmt.Println("hi")
}

fmt.Println("x") // ERROR "syntax error: non-declaration statement outside function body"

var unused = undefinedName
