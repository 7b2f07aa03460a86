// select_timeouts: selects over several channels, some never ready, with
// timeouts that must fire; timers racing with sends.
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	var nilch chan int
	fired := 0
	for i := 0; i < 20; i++ {
		select {
		case <-never:
		case nilch <- 1:
		case <-time.After(time.Millisecond):
			fired++
		}
	}
	// a ready value races with a timeout: whichever wins, nothing is lost
	got, timedOut := 0, 0
	for i := 0; i < 50; i++ {
		ch := make(chan int, 1)
		go func() {
			time.Sleep(time.Duration(i%3) * 200 * time.Microsecond)
			ch <- 1
		}()
		select {
		case v := <-ch:
			got += v
		case <-time.After(300 * time.Microsecond):
			timedOut++
			got += <-ch // the sender still completes
		}
	}
	// many processes each waiting on its own timeout
	done := make(chan int, 100)
	for i := 0; i < 100; i++ {
		go func(i int) {
			t := time.NewTimer(time.Duration(i%5) * time.Millisecond)
			select {
			case <-never:
				done <- -1
			case <-t.C:
				done <- 1
			}
		}(i)
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-done
	}
	fmt.Println(fired, got, sum)
}
