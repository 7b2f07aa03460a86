package main

// runtime.SetFinalizer: after the object is unreachable, runtime.GC starts
// its finalizer (in a process of its own, as Go's finalizer goroutine).
// Expected output from Go 1.22.

import (
	"fmt"
	"runtime"
	"time"
)

type Res struct{ name string }

func mk() {
	r := &Res{"r1"}
	runtime.SetFinalizer(r, func(x *Res) { fmt.Println("finalized", x.name) })
}

func churn(n int) int {
	if n == 0 {
		return 0
	}
	var a [8]int
	a[n%8] = n
	return churn(n-1) + a[n%8]
}

func main() {
	mk()
	fmt.Println(churn(50))
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println("end")
}
