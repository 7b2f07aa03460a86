// race: 16,20
// sort.Slice swaps the elements of the slice it sorts: a goroutine reading
// the slice meanwhile races with it.
package main

import (
	"fmt"
	"sort"
	"time"
)

func main() {
	s := []string{"c", "a", "b"}
	done := make(chan bool)
	go func() {
		fmt.Println(len(s[2])) // racing
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] }) // racing
	<-done
}
