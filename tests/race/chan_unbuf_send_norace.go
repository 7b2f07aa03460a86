// race: none
// Unbuffered channel: a send happens before the receive that takes its
// value completes.
package main

import "fmt"

var x int

func main() {
	ch := make(chan int)
	go func() {
		x = 1
		ch <- 1
	}()
	<-ch
	fmt.Println(x)
}
