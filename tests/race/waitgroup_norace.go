// race: none
// sync.WaitGroup: every Done (and Add with a negative delta) happens before
// the Wait it releases returns.
package main

import (
	"fmt"
	"sync"
)

var a, b int

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		a = 1
		wg.Done()
	}()
	go func() {
		b = 2
		wg.Add(-1)
	}()
	wg.Wait()
	fmt.Println(a, b)
}
