// sieve.go: Go's classic concurrent prime sieve (from the Go tour and the
// language spec): a chain of filter processes, one per prime found.
package main

import "fmt"

const N = 3000 // primes to find

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum, last := 0, 0
	for i := 0; i < N; i++ {
		prime := <-ch
		sum += prime
		last = prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println(N, last, sum)
}
