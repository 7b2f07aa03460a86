package main

// Dot imports bring a package's exported names into the file.
// Expected output from Go 1.22.

import (
	. "fmt"
	. "strings"
)

func main() {
	Println(ToUpper("dot"), Repeat("ab", 2))
	s := Sprintf("%d-%s", 3, TrimSpace("  x "))
	Println(s, Contains(s, "x"))
}
