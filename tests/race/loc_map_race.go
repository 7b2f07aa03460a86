// race: 16,20
// found: 1
// A map is one location: a lookup reads it, an assignment writes it (here
// to different keys, which does not help).
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{"a": 1}
	done := make(chan bool)
	go func() {
		m["b"] = 2 // racing
		done <- true
	}()
	time.Sleep(50 * time.Millisecond) // apart in time, not ordered
	fmt.Println(m["a"])               // racing
	<-done
}
