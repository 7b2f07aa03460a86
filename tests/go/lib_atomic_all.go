package main

// The whole of sync/atomic that needs no generics: the functions for
// int32, int64, uint32, uint64 and uintptr (Add, Load, Store, Swap,
// CompareAndSwap), the types Int32, Int64, Uint32, Uint64, Uintptr, Bool and
// Value, used from several goroutines. Expected output from Go 1.22.

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var up uintptr
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				atomic.AddInt32(&i32, 1)
				atomic.AddInt64(&i64, 2)
				atomic.AddUint32(&u32, 3)
				atomic.AddUint64(&u64, 4)
				atomic.AddUintptr(&up, 5)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadInt64(&i64), atomic.LoadUint32(&u32), atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))
	atomic.StoreInt32(&i32, -1)
	atomic.StoreUint32(&u32, 7)
	atomic.StoreUintptr(&up, 9)
	fmt.Println(atomic.SwapInt32(&i32, 2), atomic.SwapInt64(&i64, 3), atomic.SwapUint32(&u32, 4), atomic.SwapUint64(&u64, 5), atomic.SwapUintptr(&up, 6))
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 2, 20), atomic.CompareAndSwapInt64(&i64, 0, 30), atomic.CompareAndSwapUint32(&u32, 4, 40),
		atomic.CompareAndSwapUint64(&u64, 5, 50), atomic.CompareAndSwapUintptr(&up, 1, 60), i32, i64, u32, u64, up)
	atomic.AddUint32(&u32, ^uint32(0))
	fmt.Println(u32)
	var a32 atomic.Int32
	var a64 atomic.Int64
	var au32 atomic.Uint32
	var au64 atomic.Uint64
	var aup atomic.Uintptr
	var ab atomic.Bool
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				a32.Add(1)
				a64.Add(-1)
				au32.Add(2)
				au64.Add(3)
				aup.Add(1)
			}
			ab.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(a32.Load(), a64.Load(), au32.Load(), au64.Load(), aup.Load(), ab.Load())
	fmt.Println(a32.Swap(1), a64.CompareAndSwap(-200, 7), a64.Load(), au32.CompareAndSwap(1, 2), ab.Swap(false), ab.CompareAndSwap(false, true), ab.Load())
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store([]string{"cfg", "v1"})
	old := v.Swap([]string{"cfg", "v2"})
	fmt.Println(old, v.Load())
	func() {
		defer func() { fmt.Println(recover()) }()
		v.Store(42)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		v.Store(nil)
	}()
}
