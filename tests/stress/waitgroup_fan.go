// waitgroup_fan: fan out work to many processes, fan results back in, join
// with WaitGroups (including wg.Go), in several waves.
package main

import (
	"fmt"
	"sync"
)

func main() {
	total := 0
	for wave := 0; wave < 20; wave++ {
		jobs := make(chan int)
		results := make(chan int, 4)
		var workers sync.WaitGroup
		for w := 0; w < 16; w++ {
			workers.Add(1)
			go func() {
				defer workers.Done()
				for j := range jobs {
					results <- j * j
				}
			}()
		}
		go func() {
			for i := 1; i <= 100; i++ {
				jobs <- i
			}
			close(jobs)
		}()
		go func() {
			workers.Wait()
			close(results)
		}()
		sum := 0
		for r := range results {
			sum += r
		}
		// wg.Go waves
		var wg sync.WaitGroup
		var mu sync.Mutex
		extra := 0
		for i := 0; i < 50; i++ {
			wg.Go(func() {
				mu.Lock()
				extra += i
				mu.Unlock()
			})
		}
		wg.Wait()
		total += sum + extra
	}
	// 100*101*201/6 = 338350, plus 0+..+49 = 1225, per wave
	fmt.Println(total, total == 20*(338350+1225))
}
