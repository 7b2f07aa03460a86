// race: 16,20
// found: 1
// Unbuffered channel: what the sender does after its send is not ordered
// with what the receiver does after its receive.
package main

import "fmt"

var x int

func main() {
	ch := make(chan int)
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
