// staticcheck's checks of sync misuse (SA2000, SA2001, SA2003). Go 1.19's
// go vet has none of them; the wording is staticcheck's (dominikh/go-tools
// staticcheck/sa2000, sa2001, sa2003 and their testdata), with the check's
// name after the message, as staticcheck prints it. go vet reports nothing
// on this file (checked with go vet 1.19).
package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *Store) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RLock() // want "deferring RLock right after having locked already; did you mean to defer RUnlock\? \(SA2003\)"
	return s.data[k]
}

func (s *Store) Touch() {
	s.mu.Lock()
	s.mu.Unlock() // want "empty critical section \(SA2001\)"
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 3; i++ {
		go func() {
			wg.Add(1) // want "should call wg.Add\(1\) before starting the goroutine to avoid a race \(SA2000\)"
			defer wg.Done()
			mu.Lock()
			defer mu.Lock() // want "deferring Lock right after having locked already; did you mean to defer Unlock\? \(SA2003\)"
			total++
		}()
	}
	wg.Wait()

	// all well
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			total++
		}()
	}
	wg.Wait()
	var other sync.Mutex
	mu.Lock()
	defer other.Lock() // another lock: staticcheck says nothing
	var rw sync.RWMutex
	rw.Lock()
	defer rw.Lock() // staticcheck matches (*sync.RWMutex).RLock only
	fmt.Println(total)
}
