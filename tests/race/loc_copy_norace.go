// race: none
// copy reads its source: several goroutines copying one shared slice into
// their own destinations do not race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	src := []int{1, 2, 3, 4}
	dsts := make([][]int, 3)
	var wg sync.WaitGroup
	for i := range dsts {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			d := make([]int, len(src))
			copy(d, src)
			dsts[i] = d
		}(i)
	}
	_ = src[0]
	wg.Wait()
	fmt.Println(dsts)
}
