// race: 16,20
// found: 1
// Buffered channel: a write after the send is not ordered with the
// receiver's read.
package main

import "fmt"

var x int

func main() {
	ch := make(chan int, 4)
	done := make(chan bool)
	go func() {
		ch <- 1
		x = 1 // racing
		done <- true
	}()
	<-ch
	fmt.Println(x) // racing
	<-done
}
