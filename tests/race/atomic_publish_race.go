// race: 20,26
// found: 1
// An atomic store orders only what came before it: a write after the
// store is not ordered with the reader that saw the store's value.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

var x int
var ready int32

func main() {
	done := make(chan bool)
	go func() {
		atomic.StoreInt32(&ready, 1)
		x = 1 // racing
		done <- true
	}()
	for atomic.LoadInt32(&ready) == 0 {
		runtime.Gosched()
	}
	fmt.Println(x) // racing
	<-done
}
