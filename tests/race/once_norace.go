// race: none
// sync.Once: the function's return happens before every Do returns.
package main

import (
	"fmt"
	"sync"
)

var config map[string]int

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	setup := func() { config = map[string]int{"workers": 4} }
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(setup)
			_ = config["workers"]
		}()
	}
	wg.Wait()
	fmt.Println(config["workers"])
}
