// race: 18,21
// found: 1
// Reading what Once's function wrote without calling Do is not ordered
// with the function.
package main

import (
	"fmt"
	"sync"
)

var x int

func main() {
	var once sync.Once
	done := make(chan bool)
	go func() {
		once.Do(func() { x = 1 }) // racing
		done <- true
	}()
	fmt.Println(x) // racing
	<-done
}
