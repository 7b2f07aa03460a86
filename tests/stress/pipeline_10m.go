// pipeline_10m: messages flow through a pipeline of buffered channels
// (generate -> square mod -> add -> sum); the sum is checked in closed form.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 10000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	src := make(chan int, 256)
	mid := make(chan int, 256)
	out := make(chan int, 256)
	go func() {
		for i := 0; i < n; i++ {
			src <- i
		}
		close(src)
	}()
	go func() {
		for v := range src {
			mid <- v * 2
		}
		close(mid)
	}()
	go func() {
		for v := range mid {
			out <- v + 1
		}
		close(out)
	}()
	sum, count := 0, 0
	for v := range out {
		sum += v
		count++
	}
	// sum of (2i+1) for i < n is n*n
	if count == n && sum == n*n {
		fmt.Println("ok")
	} else {
		fmt.Println("count", count, "sum", sum, "want", n, n*n)
	}
}
