// mutex_counter: processes increment shared counters under a Mutex and an
// RWMutex; readers check an invariant under RLock; TryLock never breaks it.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu   sync.Mutex
	a, b int // a + b is always 0 outside the lock
}

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	count, rcount := 0, 0
	var acc Account
	bad := 0
	for i := 0; i < 40; i++ {
		wg.Add(3)
		go func() {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				rw.Lock()
				rcount++
				rw.Unlock()
				rw.RLock()
				_ = rcount
				rw.RUnlock()
			}
		}()
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				if acc.mu.TryLock() {
					acc.a++
					acc.b--
					acc.mu.Unlock()
				}
				acc.mu.Lock()
				if acc.a+acc.b != 0 {
					bad++
				}
				acc.a += 2
				acc.b -= 2
				acc.mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(count, rcount, bad, acc.a+acc.b, acc.a >= 40*100*2)
}
