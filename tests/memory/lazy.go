// Big zeroed allocations cost nothing until they are used, as in Go (which
// takes fresh pages from the OS and never touches them): a channel or slice
// of a billion elements, a local array of a billion ints. Prints what it
// read back, then "ready" and waits on stdin, so tests/memory.sh can read
// the peak resident size while the allocations are still alive.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	c := make(chan int, 1e9)
	c <- 7
	s := make([]int, 1e8)
	s[len(s)-1] = 3
	var a [1e8]int
	a[5] = 1
	p := new([1e7]int64)
	p[1] = 2
	ptrs := make(chan *int, 1e7)
	x := 4
	ptrs <- &x
	strs := make([]string, 1e7)
	strs[9] = "nine"
	fmt.Println(len(c), cap(c), <-c, len(s), s[len(s)-1], s[0], a[5], a[6], p[1], p[2])
	fmt.Println(cap(ptrs), *<-ptrs, len(strs), strs[9], strs[10] == "")
	fmt.Println("ready")
	bufio.NewScanner(os.Stdin).Scan()
	fmt.Println(len(c), s[len(s)-1], a[5], p[1], len(ptrs), strs[9])
}
