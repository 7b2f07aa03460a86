// race: 13,16
// found: 1
// append writes into the array it shares with other slices when there is
// room: here the element that main reads.
package main

import "fmt"

func main() {
	s := make([]int, 1, 10)
	done := make(chan bool)
	go func() {
		_ = append(s, 42) // racing
		done <- true
	}()
	fmt.Println(s[:2][1]) // racing
	<-done
}
