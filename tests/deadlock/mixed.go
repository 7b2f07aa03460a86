// A goroutine holds the lock while it waits for a value on a channel; main
// waits for the lock before it sends that value: one waits on a lock, the
// other on a channel, and the lock's holder is named.
//
// want: goroutine 1 (main) waits to lock mu at line @mainLock.
// want: It is held by goroutine 2, which locked it as mu at line @workerLock.
// want: goroutine 2 waits to receive from job at line @workerRecv.
// want: job (unbuffered, made at line @make) is empty, and no goroutine will send on it or close it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	job := make(chan int) // @make
	started := make(chan bool)
	go func() {
		mu.Lock() // @workerLock
		started <- true
		n := <-job // @workerRecv
		fmt.Println(n)
		mu.Unlock()
	}()
	<-started
	mu.Lock() // @mainLock
	job <- 1
	mu.Unlock()
}
