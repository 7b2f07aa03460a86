// The first mistake with channels: sending on an unbuffered channel and
// receiving from it in the same goroutine.
//
// want: goroutine 1 (main) waits to send on ch at line @send.
// want: ch (unbuffered, made at line @make) needs a receiver, and no goroutine will receive from it.
// want: The receive from ch at line @recv comes later in this same goroutine: the other end of a channel must be in another goroutine (ch is unbuffered).
// deny: cycle
package main

import "fmt"

func main() {
	ch := make(chan int) // @make
	ch <- 1 // @send
	fmt.Println(<-ch) // @recv
}
