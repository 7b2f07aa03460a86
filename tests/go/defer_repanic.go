package main

import "fmt"

func main() {
	defer fmt.Println("main deferred still runs")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprintf("re-panic: %v", r))
	}()
	panic("original")
}
