// Three workers are counted, but one of them returns without calling Done.
//
// want: goroutine 1 (main) waits in wg.Wait() at line @wait.
// want: The counter is 1 (last raised by Add at line @add): Wait returns only after 1 more Done call.
// deny: goroutine 2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1) // @add
		go func() {
			if i == 1 {
				return // forgot wg.Done()
			}
			wg.Done()
		}()
	}
	wg.Wait() // @wait
	fmt.Println("all done")
}
