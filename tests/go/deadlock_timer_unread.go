// A timer nobody reads keeps the program alive only until it fires: its
// value lands in the channel's buffer, wakes nobody, and then nothing can
// ever run again, so Go reports the deadlock (runtime checkdead: only a
// pending timer counts). csp used to wait forever.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("start")
	_ = time.After(100 * time.Millisecond)
	c := make(chan int)
	c <- 1
	fmt.Println("unreachable")
}
