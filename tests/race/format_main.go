// race: 19,22
// found: 1
// Report format, main goroutine against another: main reads first, the
// other goroutine writes later ("Write ... Previous read ... by main
// goroutine", one "created at" section).
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	done := make(chan bool)
	go func() {
		time.Sleep(50 * time.Millisecond)
		x = 1 // racing
		done <- true
	}()
	fmt.Println(x) // racing
	<-done
}
