// ring: 100 processes in a ring pass a token over unbuffered channels; each
// hop increments it.
package main

import "fmt"

func main() {
	const n, laps = 100, 50
	chans := make([]chan int, n)
	for i := range chans {
		chans[i] = make(chan int)
	}
	for i := 0; i < n-1; i++ {
		go func(in, out chan int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(chans[i], chans[i+1])
	}
	v := 0
	for lap := 0; lap < laps; lap++ {
		chans[0] <- v
		v = <-chans[n-1] + 1
	}
	close(chans[0])
	_, ok := <-chans[n-1]
	fmt.Println(v, ok)
}
