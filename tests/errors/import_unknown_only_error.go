package main

// A package csp lacks is the only error, as with go build (which stops at
// the import): its uses are not reported as undefined.

import (
	"fmt"
	"net/http" // ERROR "csp has no package net/http; it has bufio, bytes"
)

func main() {
	resp, err := http.Get("http://example.com")
	fmt.Println(resp, err)
}
