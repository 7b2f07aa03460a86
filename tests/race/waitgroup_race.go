// race: 19,23
// found: 1
// A write after Done is not ordered with the code after Wait.
package main

import (
	"fmt"
	"sync"
)

var x int

func main() {
	var wg sync.WaitGroup
	done := make(chan bool)
	wg.Add(1)
	go func() {
		wg.Done()
		x = 1 // racing
		done <- true
	}()
	wg.Wait()
	fmt.Println(x) // racing
	<-done
}
