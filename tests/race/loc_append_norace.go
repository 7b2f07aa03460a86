// race: none
// append to a full slice copies it into a new array: the goroutine's
// append only reads the shared elements, as main does.
package main

import "fmt"

func main() {
	s := make([]int, 2) // len = cap: any append reallocates
	done := make(chan []int)
	go func() {
		done <- append(s, 42)
	}()
	fmt.Println(s[0], s[1])
	t := <-done
	fmt.Println(len(t), cap(t) >= 3)
}
