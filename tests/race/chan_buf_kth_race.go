// race: 17,22
// found: 1
// As chan_buf_kth_norace.go with C = 3: the third send finds room in the
// buffer and is not ordered after the first receive.
package main

import "fmt"

var x int

func main() {
	sem := make(chan int, 3)
	done := make(chan bool)
	sem <- 1
	sem <- 2
	go func() {
		x = 1 // racing
		<-sem // 1st receive
		done <- true
	}()
	sem <- 3       // 3rd send
	fmt.Println(x) // racing
	<-done
}
