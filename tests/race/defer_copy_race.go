// race: 15,18
// found: 1
// `defer copy(dst, src)` in a goroutine: the deferred builtin writes dst
// when the goroutine returns, racing with main's read.
package main

import (
	"fmt"
	"time"
)

func main() {
	s := []int{1, 2, 3}
	go func() {
		defer copy(s, []int{5}) // racing
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println(s[0]) // racing
}
