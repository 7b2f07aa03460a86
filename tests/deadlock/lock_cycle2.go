// Two goroutines take two locks in opposite orders; a WaitGroup barrier
// makes both hold their first lock before either asks for its second, so
// every schedule deadlocks the same way.
//
// want: 2 goroutines wait for each other in a cycle:
// want: goroutine 2 holds a (locked at line @lockA1) and waits for b at line @lockB1, held by goroutine 3;
// want: goroutine 3 holds b (locked at line @lockB2) and waits for a at line @lockA2, held by goroutine 2;
// want: which closes the cycle: none of them can ever unlock.
// want: goroutine 1 (main) waits in done.Wait() at line @wait.
// want: The counter is 2 (last raised by Add at line @add): Wait returns only after 2 more Done calls.
package main

import "sync"

func main() {
	var a, b sync.Mutex
	var held, done sync.WaitGroup
	held.Add(2)
	done.Add(2) // @add
	go func() {
		defer done.Done()
		a.Lock() // @lockA1
		held.Done()
		held.Wait()
		b.Lock() // @lockB1
	}()
	go func() {
		defer done.Done()
		b.Lock() // @lockB2
		held.Done()
		held.Wait()
		a.Lock() // @lockA2
	}()
	done.Wait() // @wait
}
