// main waits to receive from a channel nobody sends on; a worker waits to
// send on a buffered channel that is full; another waits on a nil channel.
//
// want: goroutine 1 (main) waits to receive from results at line @recv.
// want: results (unbuffered, made at line @makeResults) is empty, and no goroutine will send on it or close it.
// want: goroutine 2 waits to send on queue at line @send.
// want: queue (its buffer is full: 2 of 2, made at line @makeQueue) has no room, and no goroutine will receive from it.
// want: goroutine 3 waits to receive from never at line @nilrecv.
// want: But never is a nil channel (never made with make): that waits forever.
// want: A channel operation needs a partner in another goroutine
// deny: held by
// deny: cycle
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan int) // @makeResults
	queue := make(chan string, 2) // @makeQueue
	var never chan bool
	go func() {
		for _, s := range []string{"a", "b", "c"} {
			queue <- s // @send
		}
	}()
	go func() {
		<-never // @nilrecv
	}()
	time.Sleep(time.Millisecond)
	fmt.Println(<-results) // @recv
}
