package main

// Go accepts these; csp's instructions carry 16-bit slot counts and offsets,
// so it refuses them at compile time rather than copy or index them wrongly.

import "fmt"

func main() {
	s := make([][70000]int, 3)
	s[1][0] = 1 // ERROR "too large for csp: more than 65535 slots"
	var x, y struct{ a [70000]int }
	y = x // ERROR "too large for csp: more than 65535 slots"
	fmt.Println(len(y.a), len(s))
}
