// race: none
// Each goroutine fills its own part of a slice (of ints, of bytes): no two
// touch the same element.
package main

import (
	"fmt"
	"sync"
)

func main() {
	nums := make([]int, 100)
	bytes := make([]byte, 100)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(nums); i += 4 {
				nums[i] = i
				bytes[i] = byte(i)
			}
		}(w)
	}
	wg.Wait()
	sum := 0
	for i := range nums {
		sum += nums[i] + int(bytes[i])
	}
	fmt.Println(sum)
}
