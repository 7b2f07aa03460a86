// An Error method that writes to a nil map: the runtime error's type is named, after the output so far.
package main

import "fmt"

type S struct{ m map[string]int }

func (s S) Error() string { s.m["x"] = 1; return "never" }

func main() {
	fmt.Println("out")
	panic(S{})
}
