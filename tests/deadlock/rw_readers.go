// Two readers hold the read lock while they wait for a signal that never
// comes; the writer waits for them; main waits on a condition variable.
//
// want: goroutine 4 waits to lock rw at line @lock.
// want: It is read-locked by 2 goroutines: goroutine 2 (RLock at line @rlock), goroutine 3 (RLock at line @rlock).
// want: goroutine 2 waits to receive from start at line @recv. start (unbuffered, made at line @start) is empty
// want: (Also waiting on it: goroutine 3)
// want: goroutine 1 (main) waits in cond.Wait() at line @wait, for a Signal or Broadcast that no goroutine is left to make.
// deny: cycle
package main

import (
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	start := make(chan bool) // @start
	for i := 0; i < 2; i++ {
		go func() {
			rw.RLock() // @rlock
			<-start // @recv
			rw.RUnlock()
		}()
	}
	time.Sleep(10 * time.Millisecond)
	go func() {
		rw.Lock() // @lock
		rw.Unlock()
	}()
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	mu.Lock()
	cond.Wait() // @wait
}
