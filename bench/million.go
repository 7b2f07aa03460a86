// million.go: 1,000,000 processes blocked receiving on one channel, then
// released by close(); each reports back through a WaitGroup. Peak RSS over
// the process count is the memory cost of a blocked process.
package main

import (
	"fmt"
	"sync"
)

const N = 1000000

func main() {
	gate := make(chan int)
	var wg sync.WaitGroup
	wg.Add(N)
	for i := 0; i < N; i++ {
		go func() {
			<-gate
			wg.Done()
		}()
	}
	close(gate)
	wg.Wait()
	fmt.Println(N)
}
