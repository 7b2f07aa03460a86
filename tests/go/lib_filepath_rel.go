package main

// filepath.Rel, Go's algorithm. Expected output from Go 1.22.

import (
	"fmt"
	"path/filepath"
)

func main() {
	cases := [][2]string{{"a/b", "a/b/t/file"}, {"a/b", "a/c/t"}, {"/a", "b"}, {"a", "a"}, {"../x", "y"}, {"/a/b/c", "/a/x"}, {".", "a/b"}, {"a/b/", "a/b/c/../d"}}
	for _, c := range cases {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("%q %v\n", r, err)
	}
}
