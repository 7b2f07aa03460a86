// make([]int, 1<<44) asks for 128 TB, all of the user address space: Go
// cannot even reserve it ("runtime: out of memory: cannot allocate
// 140737488355328-byte block (N in use)", then "fatal error: out of memory").
package main

import "fmt"

func main() {
	fmt.Println("before")
	s := make([]int, 1<<44)
	fmt.Println("after", len(s))
}
