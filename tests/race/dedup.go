// race: 18,27
// found: 3
// Each race is reported once: a loop racing on one variable (one report,
// whatever the number of iterations), a loop racing on every element of an
// array from the same two lines (one report: the same pair of places), and
// another variable (a second pair, a third report).
package main

import "fmt"

var x, y int
var a [10]int

func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < 100; i++ {
			x++ // racing
		}
		for i := range a {
			a[i] = 1
		}
		y = 1
		done <- true
	}()
	for i := 0; i < 100; i++ {
		x++ // racing
	}
	for i := range a {
		a[i] = 2
	}
	y = 2
	<-done
	fmt.Println("done")
}
