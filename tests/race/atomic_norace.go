// race: none
// sync/atomic: an atomic store is observed by the atomic load that reads
// its value, and everything before the store happens before everything
// after that load (publishing through a flag).
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

var x int
var ready int32

func main() {
	go func() {
		x = 1
		atomic.StoreInt32(&ready, 1)
	}()
	for atomic.LoadInt32(&ready) == 0 {
		runtime.Gosched()
	}
	fmt.Println(x)
}
