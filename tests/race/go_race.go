// race: 14,17
// found: 1
// The go statement orders only what the parent did before it: the
// parent's write after `go` and the child's write are unordered.
package main

import "fmt"

var x int

func main() {
	done := make(chan bool)
	go func() {
		x = 1 // racing
		done <- true
	}()
	x = 2 // racing
	<-done
	fmt.Println("done")
}
