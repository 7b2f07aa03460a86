// select.go: two producers, each on its own unbuffered channel; the consumer
// takes every message through one select over both channels (and a third,
// never-ready quit channel), so each message is one select that may block.
package main

import "fmt"

const N = 2000000 // messages in all

func produce(ch chan<- int, from, n int) {
	for i := from; i < from+n; i++ {
		ch <- i
	}
	close(ch)
}

func main() {
	a, b := make(chan int), make(chan int)
	quit := make(chan bool)
	go produce(a, 0, N/2)
	go produce(b, N/2, N/2)
	sum, got := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			got++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			got++
		case <-quit:
			return
		}
	}
	fmt.Println(got, sum) // N, N*(N-1)/2
}
