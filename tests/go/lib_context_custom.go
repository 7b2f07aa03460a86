// context: user-defined Context implementations as parents (a wrapper that
// embeds a Context, and one with its own done channel, which the package
// watches from a process); many children cancelled concurrently with their
// parent; a tree of processes shut down by one cancel.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// tagged wraps a Context and answers one key itself.
type tagged struct {
	context.Context
	tag string
}

func (t tagged) Value(key any) any {
	if key == "tag" {
		return t.tag
	}
	return t.Context.Value(key)
}

// manual is a Context whose cancellation the program controls directly.
type manual struct {
	mu   sync.Mutex
	done chan struct{}
	err  error
}

func newManual() *manual { return &manual{done: make(chan struct{})} }

func (m *manual) Deadline() (time.Time, bool) { return time.Time{}, false }
func (m *manual) Done() <-chan struct{}       { return m.done }
func (m *manual) Err() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.err
}
func (m *manual) Value(key any) any { return nil }
func (m *manual) stop(err error) {
	m.mu.Lock()
	m.err = err
	m.mu.Unlock()
	close(m.done)
}

type stopErr struct{}

func (stopErr) Error() string { return "stopped by hand" }

func tree(ctx context.Context, depth int, wg *sync.WaitGroup, count *int, mu *sync.Mutex) {
	defer wg.Done()
	if depth > 0 {
		for i := 0; i < 2; i++ {
			child, cancel := context.WithCancel(ctx)
			defer cancel()
			wg.Add(1)
			go tree(child, depth-1, wg, count, mu)
		}
	}
	<-ctx.Done()
	mu.Lock()
	*count++
	mu.Unlock()
}

func main() {
	// A wrapper parent.
	base, cancelBase := context.WithCancel(context.WithValue(context.Background(), "k", 1))
	w := tagged{base, "T"}
	child, cancelChild := context.WithCancel(w)
	defer cancelChild()
	fmt.Println(child.Value("tag"), child.Value("k"), child.Err())
	cancelBase()
	<-child.Done()
	fmt.Println("wrapper child:", child.Err())

	// A custom parent with its own done channel.
	m := newManual()
	c1, cancel1 := context.WithCancel(m)
	defer cancel1()
	c2, cancel2 := context.WithTimeout(c1, time.Hour)
	defer cancel2()
	fmt.Println("before:", c1.Err(), c2.Err())
	m.stop(stopErr{})
	<-c2.Done()
	fmt.Println("custom parent:", c1.Err(), "/", c2.Err())

	// A custom parent whose child is cancelled first.
	m2 := newManual()
	c3, cancel3 := context.WithCancel(m2)
	cancel3()
	fmt.Println("child first:", c3.Err(), m2.Err())
	m2.stop(stopErr{})
	fmt.Println("then parent:", c3.Err(), m2.Err())

	// Children created and cancelled concurrently with their parent's cancel.
	parent, cancelParent := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	results := make(chan error, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, cancel := context.WithCancel(parent)
			if i%2 == 0 {
				cancel()
			}
			<-c.Done()
			results <- c.Err()
			cancel()
		}(i)
	}
	time.Sleep(5 * time.Millisecond)
	cancelParent()
	wg.Wait()
	close(results)
	n := 0
	for err := range results {
		if err == context.Canceled {
			n++
		}
	}
	fmt.Println("children canceled:", n)

	// A binary tree of processes, each with its own context, stopped by one cancel.
	rootCtx, stopAll := context.WithCancel(context.Background())
	var twg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	twg.Add(1)
	go tree(rootCtx, 5, &twg, &count, &mu)
	time.Sleep(5 * time.Millisecond)
	stopAll()
	twg.Wait()
	fmt.Println("tree processes stopped:", count)
}
