package main

import (
	"fmt"
	"runtime"
)

func catch(f func()) (v interface{}) {
	defer func() { v = recover() }()
	f()
	return "no panic"
}

func main() {
	// Go: these runtime errors' Error() has no "runtime error: " prefix
	fmt.Println(catch(func() { var m map[string]int; m["a"] = 1 }))
	fmt.Println(catch(func() { var i interface{} = "s"; _ = i.(int) }))
	// every runtime panic value implements runtime.Error
	r := catch(func() { x := 0; _ = 1 / x })
	_, ok := r.(runtime.Error)
	re, ok2 := r.(interface{ RuntimeError() })
	fmt.Println(ok, ok2, re != nil)
}
