// race: none
// Pointer targets: each goroutine writes through its own pointer, and main
// reads the targets after the WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func fill(p *int, v int, wg *sync.WaitGroup) {
	defer wg.Done()
	*p = v
}

func main() {
	vals := make([]*int, 4)
	var wg sync.WaitGroup
	for i := range vals {
		vals[i] = new(int)
		wg.Add(1)
		go fill(vals[i], i*10, &wg)
	}
	wg.Wait()
	for _, p := range vals {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
