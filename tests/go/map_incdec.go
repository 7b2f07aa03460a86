// m[k]++ and m[k]-- on maps of every integer width (64-bit values take one
// look-up), with string, struct and interface keys, wrap-around, and the
// panics: nil map, unhashable interface key.
package main

import "fmt"

type P struct{ x, y int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panic:", recover()) }()
	f()
}

func main() {
	words := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		words[w]++
	}
	words["c"]--
	words["d"]--
	fmt.Println(words)
	u := map[int]uint64{}
	u[1]--
	u[2]++
	fmt.Println(u)
	i8 := map[int]int8{1: 127}
	i8[1]++
	i8[2]--
	fmt.Println(i8)
	u8 := map[bool]uint8{true: 255}
	u8[true]++
	u8[false]--
	fmt.Println(u8)
	pts := map[P]int{}
	pts[P{1, 2}]++
	pts[P{1, 2}]++
	pts[P{2, 1}]--
	fmt.Println(pts)
	big := map[string]int{"max": 9223372036854775807}
	big["max"]++
	fmt.Println(big)
	ifs := map[any]int{}
	ifs[1]++
	ifs["1"]++
	ifs[1]++
	fmt.Println(len(ifs), ifs[1], ifs["1"])
	try("nil map", func() {
		var m map[string]int
		m["x"]++
	})
	try("unhashable", func() {
		ifs[[]int{1}]++
	})
	fl := map[string]float64{}
	fl["x"]++
	fl["x"]++
	fmt.Println(fl)
}
