// race: 13,16
// found: 1
// One element of an array.
package main

import "fmt"

var grid [4][4]int

func main() {
	done := make(chan bool)
	go func() {
		grid[2][3] = 1 // racing
		done <- true
	}()
	grid[2][3] = 2 // racing
	<-done
	fmt.Println(grid[0])
}
