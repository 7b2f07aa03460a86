// race: 9,17
// found: 1
// The target of a pointer handed to a goroutine.
package main

import "fmt"

func bump(p *int, done chan bool) {
	*p += 1 // racing
	done <- true
}

func main() {
	p := new(int)
	done := make(chan bool)
	go bump(p, done)
	fmt.Println(*p) // racing
	<-done
}
