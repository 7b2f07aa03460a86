// conc_racy_never_crashes: unsynchronised appends, counters and string
// updates from 8 processes give wrong answers, never a crash (SPEC §7).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	shared := []int{}
	counter := 0
	var s string
	arr := make([]int, 100)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 20000; j++ {
				shared = append(shared, j)
				counter++
				s = s[:len(s)/2] + "x"
				arr[j%100] += i
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(len(shared) > 0, counter > 0, len(s) > 0)
}
