// race: none
// Concurrent lookups, len and range only read the map: no race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := len(m) + m["a"]
			for k, v := range m {
				n += len(k) + v
			}
			_ = n
		}()
	}
	wg.Wait()
	m["d"] = 4
	fmt.Println(len(m))
}
