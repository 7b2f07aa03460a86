package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n64 int64
	var n32 int32
	var u32 uint32
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				atomic.AddInt64(&n64, 2)
				atomic.AddInt32(&n32, -1)
				atomic.AddUint32(&u32, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n64), atomic.LoadInt32(&n32), atomic.LoadUint32(&u32))
	var small int32 = 2147483647
	fmt.Println(atomic.AddInt32(&small, 1))
	fmt.Println(small)
	var us uint32 = 0
	fmt.Println(atomic.AddUint32(&us, ^uint32(0)))
	fmt.Println(us)
	atomic.StoreInt64(&n64, 7)
	fmt.Println(atomic.CompareAndSwapInt64(&n64, 7, 9), atomic.CompareAndSwapInt64(&n64, 7, 10))
	fmt.Println(atomic.LoadInt64(&n64))
	fmt.Println(atomic.SwapInt64(&n64, 1))
	fmt.Println(atomic.LoadInt64(&n64))
	var c atomic.Int64
	c.Add(5)
	c.Add(-2)
	fmt.Println(c.Load(), c.CompareAndSwap(3, 4), c.Load(), c.Swap(11), c.Load())
	var c32 atomic.Int32
	c32.Store(-5)
	fmt.Println(c32.Add(3), c32.Load())
	var b atomic.Bool
	fmt.Println(b.Load(), b.CompareAndSwap(false, true), b.Load(), b.Swap(false), b.Load())
	var u atomic.Uint64
	u.Add(10)
	fmt.Println(u.Load())
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("hello")
	fmt.Println(v.Load(), v.Load().(string)+"!")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(3)
	}()
}
