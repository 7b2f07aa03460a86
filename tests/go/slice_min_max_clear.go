// Uses Go 1.21 builtins min, max and clear; the .out was written by hand
// from Go 1.21+ rules (golang-go 1.19 lacks them).
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -2))
	fmt.Println(min(2.5, 1), max(2.5, 1), min("b", "a", "c"), max("b", "a", "c"))
	x, y := 7, 3
	fmt.Println(min(x, y), max(x, y), min(x, 10, y))
	var f float64 = -0.5
	fmt.Println(min(f, 0), max(f, 0))
	s := []int{1, 2, 3, 4}
	clear(s[:2])
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	fmt.Printf("%T %T\n", min(1, 2.0), max(int8(1), 2))
}
