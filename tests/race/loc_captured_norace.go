// race: none
// A captured variable handed over properly: the goroutine writes it, main
// reads it after the receive; and each goroutine's own captured copy.
package main

import "fmt"

func main() {
	n := 0
	done := make(chan bool)
	go func() {
		n = 42
		done <- true
	}()
	<-done
	results := make(chan int)
	for i := 0; i < 3; i++ {
		i := i
		go func() { results <- i * i }()
	}
	sum := 0
	for j := 0; j < 3; j++ {
		sum += <-results
	}
	fmt.Println(n, sum)
}
