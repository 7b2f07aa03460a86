// race: 15,19
// found: 1
// len of a map reads it; delete writes it.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]bool{1: true, 2: true}
	done := make(chan bool)
	go func() {
		delete(m, 1) // racing
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println(len(m) > 0) // racing
	<-done
}
