// race: 14,17
// exit: 3
// os.Exit(3) after a race: the report is printed when the race happens,
// but the status stays 3 and there is no "Found N data race(s)" summary.
package main

import "os"

var x int

func main() {
	done := make(chan bool)
	go func() {
		x = 1 // racing
		done <- true
	}()
	x = 2 // racing
	<-done
	os.Exit(3)
}
