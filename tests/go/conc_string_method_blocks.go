// A String method that waits for another goroutine, called by fmt: the
// worker running it must keep running others (even with --workers 1).
package main

import (
	"fmt"
	"sync"
)

type Remote struct{ ch chan string }

func (r Remote) String() string { return <-r.ch }

func main() {
	ch := make(chan string)
	go func() { ch <- "from another goroutine" }()
	fmt.Println(Remote{ch})

	var wg sync.WaitGroup
	out := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c := make(chan string)
			go func() { c <- fmt.Sprint("value ", i) }()
			out[i] = fmt.Sprintf("%v", Remote{c})
		}(i)
	}
	wg.Wait()
	fmt.Println(out)
}
