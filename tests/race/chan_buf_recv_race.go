// race: 16,21
// found: 1
// The same code as chan_unbuf_recv_norace.go with a buffer of 1: the send
// completes without waiting for the receive, so nothing orders the write
// before the receive with the read after the send.
package main

import "fmt"

var x int

func main() {
	ch := make(chan int, 1)
	done := make(chan bool)
	go func() {
		x = 1 // racing
		<-ch
		done <- true
	}()
	ch <- 1
	fmt.Println(x) // racing
	<-done
}
