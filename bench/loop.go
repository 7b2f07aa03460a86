// loop.go: nested integer loops, the dispatch-loop benchmark.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10000; i++ {
		for j := 0; j < 10000; j++ {
			sum += i ^ j
		}
	}
	fmt.Println(sum)
}
