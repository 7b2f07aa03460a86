package main

import (
	"context"
	"fmt"
	"time"
)

func worker(ctx context.Context, out chan<- string) {
	for {
		select {
		case <-ctx.Done():
			out <- "stopped: " + ctx.Err().Error()
			return
		default:
			time.Sleep(time.Millisecond)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string)
	go worker(ctx, out)
	time.Sleep(5 * time.Millisecond)
	cancel()
	fmt.Println(<-out)
	fmt.Println(ctx.Err() == context.Canceled)
	tctx, tcancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), tctx.Err() == context.DeadlineExceeded)
	case <-time.After(5 * time.Second):
		fmt.Println("too slow")
	}
	vctx := context.WithValue(context.Background(), "k", 42)
	fmt.Println(vctx.Value("k"), vctx.Value("other"))
}
