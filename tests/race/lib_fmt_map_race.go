// race: 15,19
// fmt prints a map by reading it: printing a map while another goroutine
// assigns to it races.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{"a": 1}
	done := make(chan bool)
	go func() {
		m["b"] = 2 // racing
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println(len(fmt.Sprint(m)) > 0) // racing
	<-done
}
