// producers_close: many producers, one consumer; the last producer to finish
// closes the channel (via a WaitGroup), the consumer ranges until closed.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const producers, each = 50, 400
	ch := make(chan int, 8)
	var wg sync.WaitGroup
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				ch <- p*each + i
			}
		}(p)
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	seen := make([]bool, producers*each)
	sum, count, dup := 0, 0, 0
	for v := range ch {
		if seen[v] {
			dup++
		}
		seen[v] = true
		sum += v
		count++
	}
	n := producers * each
	fmt.Println(count == n, dup == 0, sum == n*(n-1)/2)
}
