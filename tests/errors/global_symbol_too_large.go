package main

import "fmt"

var small [1000]int

var big [300000000]int // ERROR "main\.big: symbol too large \(2400000000 bytes > 2000000000 bytes\)"

func main() {
	fmt.Println(len(small), len(big))
}
