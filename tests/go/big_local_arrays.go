// Local arrays of hundreds of millions of elements compile and run, as in
// Go (which moves them to the heap): zeroed, and untouched until used.
package main

import "fmt"

type Matrix [20000][20000]int32

func main() {
	var a [1e9]int
	a[999999999] = 5
	var b [300000000]int64
	b[1] = -1
	m := new(Matrix)
	m[19999][19999] = 7
	fmt.Println(len(a), a[999999999], a[0], len(b), b[1], b[2], len(m), m[19999][19999], m[0][0])
}
