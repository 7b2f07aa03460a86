// race: none
// Unbuffered channel, the other way: a receive happens before the send it
// pairs with completes.
package main

import "fmt"

var x int

func main() {
	ch := make(chan int)
	go func() {
		x = 1
		<-ch
	}()
	ch <- 1
	fmt.Println(x)
}
