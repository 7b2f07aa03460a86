package main // ERROR "function main is undeclared in the main package"

// A Go file of package main needs func main (Go's linker says so; csp
// reports it at the package clause).

import "fmt"

func f() { fmt.Println() }
