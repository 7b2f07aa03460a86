// race: 13,16
// found: 1
// One element of a slice, reached through two slices sharing the array.
package main

import "fmt"

func main() {
	s := make([]int, 10)
	t := s[4:]
	done := make(chan bool)
	go func() {
		t[1] = 7 // racing
		done <- true
	}()
	fmt.Println(s[5]) // racing
	<-done
}
