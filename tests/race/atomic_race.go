// race: 19,22
// found: 1
// An atomic write and a plain read of the same word race. (Go 1.19's stack
// for the atomic side stops inside sync/atomic and never names the program;
// the header names the program's call, and go_oracle.sh accepts that side
// as "-".)
package main

import (
	"fmt"
	"sync/atomic"
)

var flag int32

func main() {
	done := make(chan bool)
	go func() {
		atomic.StoreInt32(&flag, 1) // racing
		done <- true
	}()
	fmt.Println(flag == 0 || flag == 1) // racing
	<-done
}
