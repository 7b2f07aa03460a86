package main

import "fmt"

const p = "abc"

var a [len(p)]int

var g [4]int

type T [len(g)]string

var b [len(g) * 2]T

func f(x [len(p) + 1]int) int { return len(x) }

func main() {
	var e error
	var i any
	println(len(a), len(b), len(b[0]), f([4]int{}))
	println(e, i)
	fmt.Println(a, len(b[1]))
}
