package main

import "fmt"

func main() {
	var a [1 << 62]int // ERROR "type \[4611686018427387904\]int larger than address space"
	fmt.Println(len(a))
}
