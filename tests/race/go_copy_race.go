// race: 14,16
// found: 1
// `go copy(dst, src)`: the builtin run as a goroutine of its own writes dst
// like any copy, and races with main's read (the sleep orders nothing).
package main

import (
	"fmt"
	"time"
)

func main() {
	s := []int{1, 2, 3}
	go copy(s, []int{5}) // racing
	time.Sleep(50 * time.Millisecond)
	fmt.Println(s[0]) // racing
}
