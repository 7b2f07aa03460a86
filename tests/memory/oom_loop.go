// A loop of 128 MB allocations that are all kept, run under ulimit -v by
// tests/memory.sh: the address space runs out and the program dies as Go
// does, its output so far flushed.
package main

import "fmt"

func main() {
	fmt.Println("start")
	var keep [][]int
	for i := 0; ; i++ {
		keep = append(keep, make([]int, 1<<24))
		if i%100 == 0 {
			fmt.Println(i)
		}
	}
}
