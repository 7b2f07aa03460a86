// race: none
// Buffered channel of capacity C: the k-th receive happens before the
// (k+C)-th send completes (a counting semaphore). C = 2: the third send
// waits for the first receive.
package main

import "fmt"

var x int

func main() {
	sem := make(chan int, 2)
	sem <- 1
	sem <- 2
	go func() {
		x = 1
		<-sem // 1st receive
	}()
	sem <- 3 // 3rd send
	fmt.Println(x)
}
