package main

import "fmt"

type Grid [1 << 50]int // ERROR "type \[1125899906842624\]int larger than address space"

func main() {
	var g *Grid
	fmt.Println(g == nil)
}
