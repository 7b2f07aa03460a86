// race: 16,22
// found: 1
// range over a map reads it; an assignment writes it.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]int{1: 1}
	done := make(chan bool)
	go func() {
		sum := 0
		for _, v := range m { // racing
			sum += v
		}
		done <- sum > 0
	}()
	time.Sleep(50 * time.Millisecond)
	m[2] = 2 // racing
	fmt.Println(<-done)
}
