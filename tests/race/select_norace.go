// race: none
// select synchronises through the channel operation of the case it runs:
// here a send case and a receive case.
package main

import "fmt"

var x, y int

func main() {
	ch := make(chan int)
	back := make(chan int)
	go func() {
		x = 1
		select {
		case ch <- 1:
		}
		select {
		case <-back:
		}
		fmt.Println(y)
	}()
	select {
	case <-ch:
	}
	fmt.Println(x)
	y = 2
	back <- 1
}
