// select_done: workers loop on select over a work channel and a done
// channel; closing done stops all of them, none is left behind.
package main

import (
	"fmt"
	"sync"
)

func main() {
	for round := 0; round < 20; round++ {
		work := make(chan int)
		done := make(chan struct{})
		results := make(chan int, 100)
		var wg sync.WaitGroup
		for w := 0; w < 8; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				n := 0
				for {
					select {
					case v := <-work:
						n += v
					case <-done:
						results <- n
						return
					}
				}
			}()
		}
		for i := 1; i <= 100; i++ {
			work <- i
		}
		close(done)
		wg.Wait()
		close(results)
		sum := 0
		for r := range results {
			sum += r
		}
		if sum != 5050 {
			fmt.Println("round", round, "sum", sum)
			return
		}
	}
	fmt.Println("ok")
}
