// race: none
// Different fields are different variables, also when they are small and
// share a machine word.
package main

import "fmt"

type Stats struct {
	a, b bool
	c, d int32
	e, f int64
	g, h uint8
}

func main() {
	var s Stats
	done := make(chan bool)
	go func() {
		s.a = true
		s.c = 1
		s.e = 1
		s.g = 1
		done <- true
	}()
	s.b = true
	s.d = 2
	s.f = 2
	s.h = 2
	<-done
	fmt.Println(s)
}
