// Many small allocations, all kept (a linked list), under ulimit -v: the
// heap cannot grow any more and the program dies as Go does.
package main

import "fmt"

type node struct {
	next *node
	val  [4]int
}

func main() {
	fmt.Println("start")
	var head *node
	for i := 0; ; i++ {
		head = &node{next: head}
		if i%100000000 == 0 {
			fmt.Println(i)
		}
	}
}
