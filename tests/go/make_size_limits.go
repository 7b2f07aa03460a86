// make's size limits are Go's (runtime/slice.go makeslice, runtime/chan.go
// makechan): at most maxAlloc = 1<<48 bytes counted in Go's element size,
// len named when len alone is already too big; zero-size elements have no
// limit; "makechan: size out of range" has no "runtime error: " prefix.
// The sizes come from len(os.Args) so nothing is constant-folded.
package main

import (
	"fmt"
	"os"
)

func main() {
	n := len(os.Args) << 48
	defer func() {
		fmt.Println(recover())
		c := make(chan [4]int, n/32)
		fmt.Println(cap(c))
	}()
	defer func() {
		fmt.Println(recover())
		c := make(chan int, n)
		fmt.Println(cap(c))
	}()
	defer func() {
		fmt.Println(recover())
		s := make([]int, 1, n)
		fmt.Println(cap(s))
	}()
	defer func() {
		fmt.Println(recover())
		s := make([]struct{}, n<<10)
		fmt.Println(len(s))
	}()
	s := make([]int, n/8+1)
	fmt.Println(len(s))
}
