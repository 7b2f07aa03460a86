// cond_broadcast: waiters sleep on a sync.Cond until a generation counter
// moves; Broadcast must wake every one of them, Signal one at a time.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	gen := 0
	woken := 0
	const waiters, rounds = 30, 20
	var wg sync.WaitGroup
	for r := 0; r < rounds; r++ {
		ready := 0
		for i := 0; i < waiters; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				my := gen
				ready++
				cond.Broadcast() // tell the main process we are waiting
				for gen == my {
					cond.Wait()
				}
				woken++
				mu.Unlock()
			}()
		}
		mu.Lock()
		for ready < waiters {
			cond.Wait()
		}
		gen++
		cond.Broadcast()
		mu.Unlock()
		wg.Wait()
	}
	// Signal: a queue of tokens handed out one wake-up at a time
	tokens := 0
	taken := 0
	for i := 0; i < waiters; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for tokens == 0 {
				cond.Wait()
			}
			tokens--
			taken++
			mu.Unlock()
		}()
	}
	for i := 0; i < waiters; i++ {
		mu.Lock()
		tokens++
		cond.Signal()
		mu.Unlock()
	}
	// Signal may wake a main-less waiter set in any order; a final Broadcast
	// is not needed if no wake-up is lost.
	wg.Wait()
	fmt.Println(woken, taken)
}
