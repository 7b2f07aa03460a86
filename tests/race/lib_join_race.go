// race: 16,20
// found: 1
// strings.Join reads every element of the slice it joins.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	parts := []string{"a", "b", "c"}
	done := make(chan bool)
	go func() {
		parts[1] = "B" // racing
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println(len(strings.Join(parts, ","))) // racing
	<-done
}
