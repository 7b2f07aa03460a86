// race: 16,20
// sort.Ints writes the elements of the slice it sorts: a goroutine reading
// the slice meanwhile races with it.
package main

import (
	"fmt"
	"sort"
	"time"
)

func main() {
	s := []int{3, 1, 2}
	done := make(chan bool)
	go func() {
		fmt.Println(s[0]) // racing
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	sort.Ints(s) // racing
	<-done
}
