// race: none
// The go statement: what the parent did before `go` happens before
// everything the new goroutine does.
package main

import "fmt"

var x int

func main() {
	done := make(chan bool)
	x = 1
	go func() {
		fmt.Println(x)
		done <- true
	}()
	<-done
}
