// race: none
// math/rand's top-level functions (one locked source) and sources of
// one's own, and time's clocks, sleeps, timers and tickers, from many
// goroutines at once.
package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r := rand.New(rand.NewSource(int64(i)))
			sum := 0
			for j := 0; j < 50; j++ {
				sum += rand.Intn(10) + r.Intn(10)
			}
			_ = rand.Perm(5)
			_ = rand.Float64()
			time.Sleep(time.Duration(rand.Intn(3)) * time.Millisecond)
			t := time.NewTimer(time.Millisecond)
			<-t.C
			tk := time.NewTicker(time.Millisecond)
			<-tk.C
			tk.Stop()
			select {
			case <-time.After(time.Millisecond):
			}
			_ = time.Since(start) > 0
			_ = sum
		}(i)
	}
	wg.Wait()
	fmt.Println(time.Since(start) > 0)
}
