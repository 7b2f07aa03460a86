// race: none
// Strings are immutable: converting one to []byte or []rune, slicing and
// concatenating it in several goroutines touches no shared variable.
package main

import (
	"fmt"
	"sync"
)

func main() {
	s := "shared text"
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := []byte(s)
			r := []rune(s)
			b[0] = 'S'
			_ = string(b) + string(r[1:]) + s[2:]
		}()
	}
	wg.Wait()
	fmt.Println(s)
}
