// make([]int, 1<<40) asks for 8 TB: the kernel refuses to commit it, and
// Go dies with "fatal error: runtime: out of memory" after the output so far.
package main

import "fmt"

func main() {
	fmt.Println("before")
	s := make([]int, 1<<40)
	fmt.Println("after", len(s))
}
