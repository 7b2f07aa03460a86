// pingpong.go: two processes bounce an int over two unbuffered channels.
// Each round trip is two rendezvous and two context switches; run with one
// worker (GOMAXPROCS=1 for Go) to measure the scheduler's switch cost.
package main

import "fmt"

const N = 5000000 // round trips

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < N; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	<-pong
	fmt.Println(N, sum) // sum = N*(N+1)/2
}
