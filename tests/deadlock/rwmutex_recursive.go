// A reader takes the read lock twice; between the two, a writer asks for
// the lock. The writer waits for the reader, and the reader's second RLock
// waits behind the writer: a cycle through an RWMutex.
//
// want: 2 goroutines wait for each other in a cycle:
// want: goroutine 1 (main) holds rw (read-locked at line @rlock1) and waits to read-lock rw again at line @rlock2, behind goroutine 2, who is queued to lock it;
// want: goroutine 2 waits to lock rw at line @lock, which goroutine 1 (main) holds;
package main

import (
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	rw.RLock() // @rlock1
	go func() {
		rw.Lock() // @lock
		rw.Unlock()
	}()
	time.Sleep(10 * time.Millisecond)
	rw.RLock() // @rlock2
}
