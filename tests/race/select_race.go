// race: 18,24
// found: 1
// A write after the select's send is not ordered with the read after the
// other select's receive.
package main

import "fmt"

var x int

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		select {
		case ch <- 1:
		}
		x = 1 // racing
		done <- true
	}()
	select {
	case <-ch:
	}
	fmt.Println(x) // racing
	<-done
}
