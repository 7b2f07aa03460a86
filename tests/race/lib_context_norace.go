// race: none
// context: one cancellable context with a value, shared by workers that
// watch Done and read Err and Value, cancelled from another goroutine; a
// timeout context too.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type key string

func main() {
	ctx, cancel := context.WithCancel(context.WithValue(context.Background(), key("user"), "ann"))
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_ = ctx.Value(key("user"))
			<-ctx.Done()
			_ = ctx.Err()
		}(i)
	}
	go func() {
		time.Sleep(time.Millisecond)
		cancel()
	}()
	wg.Wait()
	tctx, tcancel := context.WithTimeout(context.Background(), 2*time.Millisecond)
	defer tcancel()
	done := make(chan error)
	for i := 0; i < 2; i++ {
		go func() {
			<-tctx.Done()
			done <- tctx.Err()
		}()
	}
	fmt.Println(<-done, <-done, ctx.Err())
}
