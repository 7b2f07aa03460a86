// race: 14,16
// found: 1
// `go delete(m, k)`: the builtin run as a goroutine writes the map, and
// races with main's len.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]int{1: 1}
	go delete(m, 1) // racing
	time.Sleep(50 * time.Millisecond)
	fmt.Println(len(m)) // racing
}
