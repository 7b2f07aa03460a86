// race: none
// close happens before a receive that returns because the channel is
// closed.
package main

import "fmt"

var x int

func main() {
	ch := make(chan int)
	go func() {
		x = 1
		close(ch)
	}()
	_, ok := <-ch
	fmt.Println(x, ok)
}
