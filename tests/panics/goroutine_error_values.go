// Error values in a goroutine's chain print by their Error method.
package main

import "time"

type E struct{ s string }

func (e *E) Error() string { return "E:" + e.s }

func main() {
	go func() {
		defer func() { r := recover(); panic(r) }()
		defer func() { panic(&E{"mid"}) }()
		panic(&E{"x"})
	}()
	time.Sleep(time.Second)
}
