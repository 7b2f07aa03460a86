// Every backward jump is a preemption point, whatever the loop's condition
// compiles to: with one worker, main gets to run again while two processes
// spin in loops whose back edge is a plain conditional jump (a range over an
// unsigned integer, a test against zero).
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for i := range uint(1 << 50) {
			_ = i
		}
	}()
	go func() {
		n := 1 << 50
		for n != 0 {
			n--
		}
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main resumed")
}
