// race: 15,19
// found: 1
// A write after close is not ordered with the receiver that saw the close.
package main

import "fmt"

var x int

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		close(ch)
		x = 1 // racing
		done <- true
	}()
	<-ch
	fmt.Println(x) // racing
	<-done
}
