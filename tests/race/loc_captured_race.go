// race: 12,15
// found: 1
// A local variable captured by a closure is shared memory.
package main

import "fmt"

func main() {
	n := 0
	done := make(chan bool)
	go func() {
		n++ // racing
		done <- true
	}()
	n++ // racing
	<-done
	fmt.Println("done")
}
