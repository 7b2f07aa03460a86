package main

// A Go file (one with a package clause) has Go's unused-import errors, in
// Go 1.22's words (checked with go build -gcflags=-e).

import (
	"fmt"         // ERROR "\"fmt\" imported and not used"
	r "math/rand" // ERROR "\"math/rand\" imported as r and not used"
	"os"
	. "strings"   // ERROR "\"strings\" imported and not used"
	_ "sort"
	. "unicode/utf8"
	t "time"
)

func main() {
	os.Exit(0)
	_ = RuneLen(0x41)
	var d t.Duration
	_ = d
}
