package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type key struct{ a, b int }

func lockLater(mu *sync.Mutex) {
	defer mu.Lock() // parks until the other process unlocks
	fmt.Println("lockLater: before the deferred Lock")
}

func waitLater(wg *sync.WaitGroup) {
	defer wg.Wait() // parks until the worker is done
	fmt.Println("waitLater: before the deferred Wait")
}

func recoverDirect() (r any) {
	defer func() { r = recover() }()
	defer recover() // called by the runtime, not by a deferred function: recovers nothing
	panic("not stopped by defer recover()")
}

func panicking(wg *sync.WaitGroup) {
	defer func() { fmt.Println("recovered after a parked deferred Wait:", recover()) }()
	defer wg.Wait()
	panic("boom")
}

func main() {
	done := make(chan bool)
	go fmt.Println("go fmt.Println")
	time.Sleep(20 * time.Millisecond)
	pf := fmt.Printf
	go pf("go of a library function value: %d\n", 42)
	time.Sleep(20 * time.Millisecond)

	ch := make(chan int)
	go close(ch)
	_, ok := <-ch
	fmt.Println("go close(ch): receive ok =", ok)

	var mu sync.Mutex
	mu.Lock()
	go mu.Unlock()
	mu.Lock()
	fmt.Println("go mu.Unlock() released the lock")

	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("unlocking")
		mu.Unlock()
		done <- true
	}()
	lockLater(&mu)
	fmt.Println("lockLater returned")
	<-done
	mu.Unlock()

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("worker done")
		wg.Done()
	}()
	waitLater(&wg)
	fmt.Println("waitLater returned")

	fmt.Println("recoverDirect:", recoverDirect())

	wg.Add(1)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("second worker done")
		wg.Done()
	}()
	panicking(&wg)

	m := map[key]string{{1, 2}: "x", {3, 4}: "y"}
	k := key{1, 2}
	s := []int{1, 2, 3}
	cm := map[string]int{"a": 1}
	func() {
		defer fmt.Println("deferred builtins ran:", len(m), s, len(cm))
		defer delete(m, k) // the key as it was at the defer statement
		k = key{3, 4}
		defer copy(s, []int{7, 8})
		defer clear(cm)
	}()
	fmt.Println(m, s, cm)

	var sb strings.Builder
	go sb.WriteString("ignored result")
	time.Sleep(20 * time.Millisecond)
	fmt.Println("builder:", sb.String())
	go copy(s, []int{5})
	time.Sleep(20 * time.Millisecond)
	fmt.Println(s)
}
