// race: 12,15
// found: 1
// Converting a []byte to a string reads every byte.
package main

import "fmt"

func main() {
	buf := []byte("hello")
	done := make(chan bool)
	go func() {
		buf[4] = '!' // racing
		done <- true
	}()
	s := string(buf) // racing
	<-done
	fmt.Println(len(s))
}
