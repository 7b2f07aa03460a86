// A panic raised in a callback of a library function (sort.Slice), recovered and re-raised.
package main

import "sort"

func main() {
	defer func() { r := recover(); panic(r) }()
	s := []int{3, 1, 2}
	sort.Slice(s, func(i, j int) bool { panic("less") })
}
