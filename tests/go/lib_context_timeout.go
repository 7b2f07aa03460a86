// context: WithTimeout and WithDeadline fire, wake a select on Done, and
// propagate to children; Deadline's ok flag; cancel before the timer stops it;
// a parent's earlier deadline wins; an expired deadline is done at once.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, ch <-chan int) (int, error) {
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	case v := <-ch:
		return v, nil
	}
}

func main() {
	_, ok := context.Background().Deadline()
	fmt.Println("background deadline ok:", ok)
	c0, cancel0 := context.WithCancel(context.Background())
	_, ok = c0.Deadline()
	fmt.Println("cancel ctx deadline ok:", ok)
	cancel0()

	// A timeout fires and wakes the select.
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println("timeout deadline ok:", ok, "in future:", dl.After(time.Now()))
	fmt.Println("before:", ctx.Err())
	never := make(chan int)
	v, err := slowOp(ctx, never)
	fmt.Println("slowOp:", v, err)
	fmt.Println("waited at least 20ms:", time.Since(start) >= 20*time.Millisecond)
	fmt.Println("is DeadlineExceeded:", err == context.DeadlineExceeded, errors.Is(err, context.DeadlineExceeded))
	te, ok := err.(interface {
		Timeout() bool
		Temporary() bool
	})
	fmt.Println("timeout error:", ok && te.Timeout() && te.Temporary())
	cancel()
	fmt.Println("after cancel:", ctx.Err())

	// The value arrives before the timeout.
	ctx2, cancel2 := context.WithTimeout(context.Background(), 5*time.Second)
	ch := make(chan int, 1)
	ch <- 42
	v, err = slowOp(ctx2, ch)
	fmt.Println("slowOp:", v, err)
	cancel2()
	fmt.Println("cancelled before timeout:", ctx2.Err())
	cancel2()
	fmt.Println("cancelled twice:", ctx2.Err())

	// A parent's timeout reaches its children, including value and cancel children.
	parent, cancelP := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancelP()
	child, cancelC := context.WithCancel(context.WithValue(parent, "k", "v"))
	defer cancelC()
	grand, cancelG := context.WithTimeout(child, time.Hour)
	defer cancelG()
	pd, _ := parent.Deadline()
	gd, ok := grand.Deadline()
	fmt.Println("grandchild keeps the earlier deadline:", ok, gd.Equal(pd))
	cd, ok := child.Deadline()
	fmt.Println("child deadline inherited:", ok, cd.Equal(pd))
	<-grand.Done()
	fmt.Println("grand:", grand.Err())
	fmt.Println("child:", child.Err())
	fmt.Println("parent:", parent.Err())
	fmt.Println("value still there:", grand.Value("k"))

	// A deadline in the past: done immediately.
	past, cancelPast := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	select {
	case <-past.Done():
		fmt.Println("past deadline:", past.Err())
	default:
		fmt.Println("past deadline: not done")
	}
	cancelPast()
	fmt.Println("past after cancel:", past.Err())

	// WithDeadline; cancelling the parent first gives Canceled, not DeadlineExceeded.
	root, cancelRoot := context.WithCancel(context.Background())
	d, cancelD := context.WithDeadline(root, time.Now().Add(time.Hour))
	defer cancelD()
	done := make(chan error)
	go func() {
		<-d.Done()
		done <- d.Err()
	}()
	cancelRoot()
	fmt.Println("deadline child of cancelled root:", <-done)

	// Many waiters on the same timeout.
	shared, cancelS := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancelS()
	res := make(chan error)
	for i := 0; i < 5; i++ {
		go func() {
			_, err := slowOp(shared, never)
			res <- err
		}()
	}
	for i := 0; i < 5; i++ {
		fmt.Println("waiter", i, <-res)
	}
}
