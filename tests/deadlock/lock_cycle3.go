// Three philosophers, each holding the fork on their left (forks[i]) and
// waiting for the one on their right: a cycle of three. The barrier makes
// every schedule end in it.
//
// want: 3 goroutines wait for each other in a cycle:
// want: goroutine 2 holds forks[i] (locked at line @left) and waits for forks[(i + 1) % 3] at line @right, held by goroutine 3;
// want: goroutine 3 holds forks[i] (locked at line @left) and waits for forks[(i + 1) % 3] at line @right, held by goroutine 4;
// want: goroutine 4 holds forks[i] (locked at line @left) and waits for forks[(i + 1) % 3] at line @right, held by goroutine 2;
// want: goroutine 1 (main) waits in wg.Wait() at line @wait.
// want: The counter is 3
package main

import "sync"

func main() {
	var forks [3]sync.Mutex
	var wg, seated sync.WaitGroup
	seated.Add(3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			forks[i].Lock() // @left
			seated.Done()
			seated.Wait()
			forks[(i+1)%3].Lock() // @right
		}()
	}
	wg.Wait() // @wait
}
