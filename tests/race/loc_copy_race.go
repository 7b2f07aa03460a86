// race: 13,16
// found: 1
// copy reads its source and writes its destination.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3}
	dst := make([]int, 3)
	done := make(chan bool)
	go func() {
		copy(dst, src) // racing
		done <- true
	}()
	src[2] = 30 // racing
	<-done
	fmt.Println(len(dst))
}
