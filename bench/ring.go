// ring.go: 1,000 processes in a ring, each forwarding a token to the next
// over an unbuffered channel; the token makes M hops in all.
package main

import "fmt"

const (
	P = 1000    // processes in the ring
	M = 10000000 // hops
)

func node(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	first := make(chan int)
	in := first
	for i := 1; i < P; i++ {
		out := make(chan int)
		go node(in, out)
		in = out
	}
	// main closes the ring: it receives from the last channel and, until M
	// hops are done, feeds the token back into the first.
	hops := 0
	first <- 0
	for {
		v := <-in
		hops = v + 1
		if hops >= M {
			break
		}
		first <- hops
	}
	close(first)
	for range in {
	}
	fmt.Println(P, hops)
}
