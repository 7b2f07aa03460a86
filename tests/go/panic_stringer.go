package main

import "fmt"

type S struct{}

func (S) String() string { return "stringer" }

func main() {
	fmt.Println("x")
	panic(S{})
}
