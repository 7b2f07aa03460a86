package main

import "fmt"

func main() {
	// untyped constant arithmetic is exact in Go
	fmt.Println(0.1 + 0.2)
	const third = 1.0 / 3
	fmt.Println(third*3 == 1)
	x := 0.1
	fmt.Println(x+0.2)
}
