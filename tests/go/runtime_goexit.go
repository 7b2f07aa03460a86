package main

// runtime.Goexit runs the deferred calls (recover gives nil in them) and
// ends the goroutine; from main, the program goes on until the others end,
// then dies as Go's does. Also atomic.Value.CompareAndSwap with Go's panics,
// the 32-bit and unsigned atomics, and sync.Map's Swap, CompareAndSwap,
// CompareAndDelete, LoadOrStore, Range. Expected output from Go 1.22.

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type Res struct{ name string }

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("deferred, recover:", recover()) }()
		func() {
			defer fmt.Println("inner defer")
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	wg.Wait()
	var v atomic.Value
	fmt.Println(v.CompareAndSwap(nil, 1), v.Load(), v.CompareAndSwap(2, 3), v.CompareAndSwap(1, 4), v.Load())
	func() {
		defer func() { fmt.Println(recover()) }()
		v.CompareAndSwap(4, "s")
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		v.CompareAndSwap(4, nil)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		v.CompareAndSwap("x", 5)
	}()
	var i32 int32
	var u64 uint64
	atomic.AddInt32(&i32, 5)
	atomic.StoreUint64(&u64, 9)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 5, 6), atomic.LoadInt32(&i32), atomic.SwapUint64(&u64, 1), u64)
	var u atomic.Uint32
	u.Store(3)
	fmt.Println(u.Add(2), u.CompareAndSwap(5, 7), u.Load())
	var m sync.Map
	m.Store("a", 1)
	fmt.Println(m.Swap("a", 2))
	fmt.Println(m.Swap("b", 3))
	fmt.Println(m.CompareAndSwap("a", 2, 20), m.CompareAndSwap("a", 2, 30), m.CompareAndDelete("b", 4), m.CompareAndDelete("b", 3))
	act, loaded := m.LoadOrStore("c", 5)
	fmt.Println(act, loaded)
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("other goroutine done")
	}()
	defer fmt.Println("main's defer runs")
	runtime.Goexit()
}
