package main

import "time"

func main() {
	go func() {
		panic("from goroutine")
	}()
	time.Sleep(time.Second)
}
