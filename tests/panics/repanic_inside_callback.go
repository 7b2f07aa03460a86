// A callback of a library function recovers and re-panics inside itself.
package main

import "sort"

func main() {
	s := []int{3, 1, 2}
	sort.Slice(s, func(i, j int) bool {
		defer func() { r := recover(); panic(r.(string) + " again") }()
		panic("less")
	})
}
