// A String method that waits on timers runs nested inside fmt.Println; its
// wake-up by the timer thread is work, not a deadlock (the last pending timer
// having fired, the timer thread checks for one).
package main

import (
	"fmt"
	"time"
)

type T struct{}

func (T) String() string {
	time.Sleep(20 * time.Millisecond)
	<-time.After(20 * time.Millisecond)
	return "T"
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(T{}, i)
	}
}
