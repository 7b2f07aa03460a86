// A goroutine holds the lock while it waits for a value on a channel; main
// waits for the lock before it sends that value: one waits on a lock, the
// other on a channel, in a cycle through both.
//
// want: 2 goroutines wait for each other in a cycle:
// want: goroutine 1 (main) waits to lock mu at line @mainLock, which goroutine 2 holds;
// want: goroutine 2 holds mu (locked at line @workerLock) and waits to receive from job (unbuffered, made at line @make) at line @workerRecv, whose send is later in the code of goroutine 1 (main), at line @mainSend;
// want: which closes the cycle: each waits for something that the next one would do only after its own wait.
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
	job <- 1 // @mainSend
	mu.Unlock()
}
