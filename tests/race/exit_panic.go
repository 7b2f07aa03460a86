// race: 11,14
// exit: 2
// A panic after a race: the panic's status 2, no summary.
package main

var x int

func main() {
	done := make(chan bool)
	go func() {
		x = 1 // racing
		done <- true
	}()
	x = 2 // racing
	<-done
	panic("boom")
}
